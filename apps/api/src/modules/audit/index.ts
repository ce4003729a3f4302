// modules/audit: The audit trail's read side (recording is in the kernel). Other modules and the app import only this file.
import { AuditEventResolver } from './audit.resolver';
export { AuditEventResolver } from './audit.resolver';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [];
/** The resolvers this module adds to the schema. */
export const resolvers = [AuditEventResolver];
