// modules/partners: Partner institutions. Other modules and the app import only this file.
import { PartnerInstitution } from './partner.entity';
import { PartnerInstitutionResolver, PartnerInstitutionPendingChangesResolver } from './partner.resolver';
export { PartnerInstitution } from './partner.entity';
export { partnerById } from './partner.loaders';
export { PartnerInstitutionResolver } from './partner.resolver';
export { PartnerService } from './partner.service';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [PartnerInstitution];
/** The resolvers this module adds to the schema. */
export const resolvers = [PartnerInstitutionResolver, PartnerInstitutionPendingChangesResolver];
