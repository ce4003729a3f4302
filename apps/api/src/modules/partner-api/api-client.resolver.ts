import { Resolver } from 'type-graphql';
import { createWriteResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { ApiClient } from './api-client.entity';
import { ApiClientFilter, CreateApiClientArgs, UpdateApiClientArgs } from './api-client.inputs';
import { ApiClientService } from './api-client.service';

/** Admins manage partner API keys; the key itself is returned once, by createApiClient. */
@Resolver(() => ApiClient)
export class ApiClientResolver extends createWriteResolver({
  type: ApiClient,
  plural: 'ApiClients',
  filter: ApiClientFilter,
  createArgs: CreateApiClientArgs,
  updateArgs: UpdateApiClientArgs,
  service: ApiClientService,
  read: Role.ADMIN,
  write: Role.ADMIN, // revoked (updateApiClient), never deleted
}) {}
