import { Resolver } from 'type-graphql';
import { createCrudResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { PartnerInstitution } from './partner.entity';
import { CreatePartnerInstitutionArgs, PartnerInstitutionFilter, UpdatePartnerInstitutionArgs } from './partner.inputs';
import { PartnerService } from './partner.service';

@Resolver(() => PartnerInstitution)
export class PartnerInstitutionResolver extends createCrudResolver({
  type: PartnerInstitution, plural: 'PartnerInstitutions', filter: PartnerInstitutionFilter,
  createArgs: CreatePartnerInstitutionArgs, updateArgs: UpdatePartnerInstitutionArgs, service: PartnerService,
  read: Role.VIEWER, write: Role.PRODUCT_MANAGER,
}) {}
