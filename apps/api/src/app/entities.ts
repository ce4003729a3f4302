import { AuditEvent } from '../common/audit-event.entity';
import { modules } from './modules';

/** Every entity: the kernel's audit trail and each module's own. */
export const entities = [AuditEvent, ...modules.flatMap((m) => m.entities)];
