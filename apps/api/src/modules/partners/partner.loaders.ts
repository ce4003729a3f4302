import type { DataSource } from 'typeorm';
import { byId } from '../../common/persistence/loaders';
import { PartnerInstitution } from './partner.entity';

export const partnerById = (ds: DataSource) => byId(ds, PartnerInstitution);
