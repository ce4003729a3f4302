import { Resolver } from 'type-graphql';
import { createReadResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { AuditEvent } from '../../common/audit-event.entity';
import { AuditEventFilter } from './audit.inputs';
import { AuditService } from './audit.service';

/** The audit log is read-only: there is no mutation. */
@Resolver(() => AuditEvent)
export class AuditEventResolver extends createReadResolver({
  type: AuditEvent,
  plural: 'AuditEvents',
  filter: AuditEventFilter,
  service: AuditService,
  read: Role.VIEWER,
}) {}
