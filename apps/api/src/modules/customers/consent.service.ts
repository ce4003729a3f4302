import { inTransaction, type RequestContext } from '../../common/context';
import { recordAudit } from '../../common/audit';
import { AuditAction } from '../../common/enums';
import { badInput, notFound } from '../../common/errors';
import { newId } from '../../database/columns';
import { PartnerInstitution } from '../partners/partner.entity';
import { Consent, ConsentKind } from './consent.entity';
import { Customer } from './customer.entity';

/** Marketing consents per channel and data-sharing consents per partner, with their history. */
export const ConsentService = {
  set: (ctx: RequestContext, customerId: string, kind: ConsentKind, partnerId: string | null, granted: boolean) =>
    inTransaction(ctx, async (tx) => {
      if (!(await tx.manager.existsBy(Customer, { id: customerId }))) throw notFound('Customer', customerId);
      if ((kind === ConsentKind.DATA_SHARING) !== !!partnerId) {
        throw badInput([{ field: 'partnerId', code: 'CONSENT_PARTNER', message: 'Data sharing is consented per partner institution (and only data sharing names one)' }]);
      }
      if (partnerId && !(await tx.manager.existsBy(PartnerInstitution, { id: partnerId }))) throw notFound('PartnerInstitution', partnerId);
      const consent = tx.manager.create(Consent, { id: newId(), customerId, kind, partnerId, granted, changedAt: new Date(), recordedBy: ctx.actor!.email });
      await tx.manager.insert(Consent, consent);
      await recordAudit(tx, AuditAction.UPDATE, 'Customer', customerId, { [`consent:${kind}${partnerId ? `:${partnerId}` : ''}`]: null },
        { [`consent:${kind}${partnerId ? `:${partnerId}` : ''}`]: granted ? 'granted' : 'withdrawn' });
      return consent;
    }),

  /** The consents in force: the latest record per kind and partner. */
  async current(ctx: RequestContext, customerId: string): Promise<Consent[]> {
    const all = [...await ctx.loaders.consentsOfCustomer.load(customerId)].sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime());
    const seen = new Set<string>();
    return all.filter((c) => {
      const key = `${c.kind}|${c.partnerId ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  },
};
