import type { RowSource } from '../../common/persistence/loaders';
import DataLoader from 'dataloader';
import type { RequestContext } from '../../common/context';
import type { ChangeRequest } from './change-request.entity';
import { ChangeRequestService } from './change-request.service';

/** The open change requests of each record, batched per request (a list page asks once). */
export const openChangesOfRecord = (ds: RowSource) =>
  new DataLoader<string, ChangeRequest[]>((ids) => ChangeRequestService.openFor({ manager: ds.manager } as RequestContext, ids));
