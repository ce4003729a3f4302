import { IsNull } from 'typeorm';
import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { recordAudit } from '../../common/audit';
import { AuditAction } from '../../common/enums';
import { badInput, notFound } from '../../common/errors';
import { newId } from '../../common/persistence/columns';
import { PartnerInstitution } from '../partners';
import { ConsentKind } from '../../common/enums';
import { Consent } from './consent.entity';
import { Customer } from '../customers';
import { consentsOfCustomer } from './consent.loaders';
import { consentsInForce } from '@tierwise/domain';
import { ConsentErrors } from './consent.errors';
import { writeLock } from '../../common/persistence/locks';

/** Marketing consents per channel and data-sharing consents per partner, with their history. */
export const ConsentService = {
  /**
   * Record a consent given or withdrawn. Records of one customer are written one at a time (the customer's row is
   * locked) and each is stamped strictly after the one before it for the same kind and partner, so the later-recorded
   * one is in force even when two arrive within the same millisecond.
   */
  set: (ctx: RequestContext, customerId: string, kind: ConsentKind, partnerId: string | null, granted: boolean, now = new Date()) =>
    inTransaction(ctx, async (tx) => {
      const locked = tx.manager.getRepository(Customer).createQueryBuilder('c').select('c.id').where('c.id = :customerId', { customerId });
      const lock = writeLock(tx.dataSource);
      if (lock) locked.setLock(lock.mode);
      if (!(await locked.getRawOne())) throw notFound('Customer', customerId);
      if ((kind === ConsentKind.DATA_SHARING) !== !!partnerId) {
        throw badInput([
          {
            field: 'partnerId',
            code: ConsentErrors.CONSENT_PARTNER,
            message: 'Data sharing is consented per partner institution (and only data sharing names one)',
          },
        ]);
      }
      if (partnerId && !(await tx.manager.existsBy(PartnerInstitution, { id: partnerId }))) throw notFound('PartnerInstitution', partnerId);
      const latest = await tx.manager.findOne(Consent, {
        select: { id: true, changedAt: true },
        where: { customerId, kind, partnerId: partnerId ?? IsNull() },
        order: { changedAt: 'DESC' },
      });
      const latestMs = latest ? latest.changedAt.getTime() : -Infinity;
      const changedAt = new Date(Math.max(now.getTime(), latestMs + 1));
      const consent = tx.manager.create(Consent, { id: newId(), customerId, kind, partnerId, granted, changedAt, recordedBy: actorEmail(tx) });
      await tx.manager.insert(Consent, consent);
      const field = `consent:${kind}${partnerId ? `:${partnerId}` : ''}`;
      await recordAudit(tx, AuditAction.UPDATE, 'Customer', customerId, { [field]: null }, { [field]: granted ? 'granted' : 'withdrawn' });
      return consent;
    }),

  /** The consents in force (the domain's rule), newest first. */
  async current(ctx: RequestContext, customerId: string): Promise<Consent[]> {
    return consentsInForce(await ctx.loaders.get(consentsOfCustomer).load(customerId));
  },
};
