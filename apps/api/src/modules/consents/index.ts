// modules/consents: Consents per channel and partner (adds Customer.consents). Other modules and the app import only this file.
import { Consent } from './consent.entity';
import { ConsentResolver } from './consent.resolver';
export { Consent } from './consent.entity';
export { ConsentService } from './consent.service';
export { ConsentResolver };

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [Consent];
/** The resolvers this module adds to the schema. */
export const resolvers = [ConsentResolver];
