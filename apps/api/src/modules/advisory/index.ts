// modules/advisory: the advisors' contacts and follow-ups. Other modules and the app import only this file.
import './advisory.jobs';
import { Contact, FollowUp } from './advisory.entity';
import { AdvisoryResolver, CustomerContactsResolver, ExclusiveServicesResolver } from './advisory.resolver';
export { AdvisoryService } from './advisory.service';
export { AdvisoryResolver, CustomerContactsResolver };
export { Contact };

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [Contact, FollowUp];
/** The resolvers this module adds to the schema. */
export const resolvers = [AdvisoryResolver, CustomerContactsResolver, ExclusiveServicesResolver];
