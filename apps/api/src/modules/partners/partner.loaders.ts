import { byId, type RowSource } from '../../common/persistence/loaders';
import { PartnerInstitution } from './partner.entity';

export const partnerById = (ds: RowSource) => byId(ds, PartnerInstitution);
