import { inTransaction, type RequestContext } from '../../common/context';
import { CrudRepository, equalityFilter } from '../../common/crud';
import { FulfilmentStatus, type ReferralStatus } from '../../common/enums';
import { badInput, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { Benefit } from '../benefits';
import { Customer } from '../customers';
import { TierBenefit } from '../tiers';
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

  createOrder: (ctx: RequestContext, customerId: string, benefitId: string, notes: string | null) =>
    inTransaction(ctx, async (tx) => {
      const customer = await tx.manager.findOneBy(Customer, { id: customerId });
      if (!customer) throw notFound('Customer', customerId);
      const benefit = await tx.manager.findOneBy(Benefit, { id: benefitId });
      if (!benefit) throw notFound('Benefit', benefitId);
      // Benefits go only to the tiers that grant them.
      if (!customer.tierId || !(await tx.manager.existsBy(TierBenefit, { tierId: customer.tierId, benefitId }))) {
        throw badInput([
          {
            field: 'benefitId',
            code: PartnerApiErrors.BENEFIT_NOT_IN_TIER,
            message: `${benefit.name} is not a benefit of the customer's tier: it cannot be ordered for them`,
          },
        ]);
      }
      if (!benefit.providerId)
        throw badInput([
          { field: 'benefitId', code: PartnerApiErrors.NO_PROVIDER, message: `${benefit.name} has no service partner to fulfil it: set its provider first` },
        ]);
      const order = tx.manager.create(FulfilmentOrder, {
        partnerId: benefit.providerId,
        customerId,
        benefitId,
        status: FulfilmentStatus.PENDING,
        notes,
        partnerNote: null,
        createdBy: tx.actor!.email,
      });
      return orderRecords.create(tx, order);
    }),

  setReferralStatus: (ctx: RequestContext, id: string, version: number, status: ReferralStatus) =>
    inTransaction(ctx, async (tx) => {
      return (await referralRecords.update(tx, id, version, { status })).after;
    }),
};
