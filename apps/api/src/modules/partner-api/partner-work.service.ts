import { actorEmail, inTransaction, type RequestContext } from '../../common/context';
import { CrudRepository, equalityFilter } from '../../common/crud';
import { FulfilmentStatus, type ReferralStatus } from '../../common/enums';
import { badInput, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { Benefit } from '../benefits';
import { RedemptionService, registerFulfilment } from '../benefit-ledger';
import { FulfilmentOrder } from './fulfilment-order.entity';
import type { FulfilmentOrderFilter, ReferralFilter } from './partner-work.inputs';
import { Referral } from './referral.entity';
import { PartnerApiErrors } from './partner-api.errors';

/** Referrals and service orders change through the one write path: an atomic version check and an audit event. */
export const referralRecords = new CrudRepository(Referral, 'Referral', ['createdAt', 'status', 'scenario'], ['notes']);
export const orderRecords = new CrudRepository(FulfilmentOrder, 'FulfilmentOrder', ['createdAt', 'status'], ['notes']);

const byReferralFields = equalityFilter<ReferralFilter>(['status', 'partnerId']);
const byOrderFields = equalityFilter<FulfilmentOrderFilter>(['status', 'partnerId']);

/** The institution's side: the referral queue and the service orders it sends to partners. */
export const PartnerWorkService = {
  referrals: {
    list: (ctx: RequestContext, args: ListArgs, filter?: ReferralFilter) =>
      referralRecords.list(ctx, args, filter, byReferralFields(filter), { defaultSort: 'createdAt', defaultOrder: 'DESC' }),
    count: (ctx: RequestContext, filter?: ReferralFilter) => referralRecords.count(ctx, filter, byReferralFields(filter)),
    get: (ctx: RequestContext, id: string) => referralRecords.get(ctx, id),
  },
  orders: {
    list: (ctx: RequestContext, args: ListArgs, filter?: FulfilmentOrderFilter) =>
      orderRecords.list(ctx, args, filter, byOrderFields(filter), { defaultSort: 'createdAt', defaultOrder: 'DESC' }),
    count: (ctx: RequestContext, filter?: FulfilmentOrderFilter) => orderRecords.count(ctx, filter, byOrderFields(filter)),
    get: (ctx: RequestContext, id: string) => orderRecords.get(ctx, id),
  },

  /**
   * Send a benefit to its service partner for a customer: a redemption in the ledger (the tier must grant it, this
   * year's quota must have room; the key makes a retry answer the first), whose service order this is.
   */
  async createOrder(ctx: RequestContext, customerId: string, benefitId: string, notes: string | null, idempotencyKey?: string | null) {
    const benefit = await ctx.manager.findOneBy(Benefit, { id: benefitId });
    if (!benefit) throw notFound('Benefit', benefitId);
    if (!benefit.providerId)
      throw badInput([
        { field: 'benefitId', code: PartnerApiErrors.NO_PROVIDER, message: `${benefit.name} has no service partner to fulfil it: set its provider first` },
      ]);
    const redemption = await RedemptionService.redeem(ctx, { customerId, benefitId, notes, idempotencyKey });
    return orderRecords.get(ctx, redemption.fulfilmentOrderId!);
  },

  setReferralStatus: (ctx: RequestContext, id: string, version: number, status: ReferralStatus) =>
    inTransaction(ctx, async (tx) => {
      return (await referralRecords.update(tx, id, version, { status })).after;
    }),
};

/** A partner-fulfilled benefit's redemption sends its service order to the benefit's provider, in the same transaction. */
registerFulfilment(async (tx, redemption, benefit) => {
  const order = tx.manager.create(FulfilmentOrder, {
    partnerId: benefit.providerId!,
    customerId: redemption.customerId,
    benefitId: benefit.id,
    status: FulfilmentStatus.PENDING,
    notes: redemption.notes,
    partnerNote: null,
    createdBy: actorEmail(tx),
  });
  return (await orderRecords.create(tx, order)).id;
});
