import { fromMinorUnits, isOnSale, maskName, maskPhone, ProductStatus } from '@tierwise/domain';
import type { PartnerCaller, RequestContext } from '../../common/context';
import { inTransaction } from '../../common/context';
import { pageOf } from '../../common/crud';
import { badInput, forbidden, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { Consent } from '../consents';
import { ConsentKind } from '../../common/enums';
import { Customer, Holding } from '../customers';
import { NeedService } from '../needs';
import { OrderService } from '../orders';
import { ScenarioPackageService } from '../scenarios';
import { PartnerApiErrors } from './partner-api.errors';
import { Product } from '../products';
import { RecommendationService } from '../recommendations';
import { FulfilmentOrder } from './fulfilment-order.entity';
import { orderRecords, referralRecords } from './partner-work.service';
import { Referral } from './referral.entity';
import { FulfilmentStatus, ReferralStatus } from '../../common/enums';
import type { NeedType } from '../../common/enums';
import { tierById } from '../tiers';
import { fulfilmentTransitionViolation } from '@tierwise/domain';

/** The partner behind a key (keys of the institution's own systems hold no partner scope, so never get here). */
function partnerOf(caller: PartnerCaller): string {
  if (!caller.partnerId) throw forbidden("a partner institution's API key");
  return caller.partnerId;
}

/**
 * Customers whose latest data-sharing consent for this partner is a grant: a grant with no other record at or after its
 * instant (records are stamped in the order recorded; a tie, only possible in older data, counts as not consenting).
 */
function consentingCustomers(ctx: RequestContext, partnerId: string) {
  return ctx.manager
    .getRepository(Customer)
    .createQueryBuilder('e')
    .innerJoin(Consent, 'c', 'c.customerId = e.id AND c.kind = :kind AND c.partnerId = :partnerId AND c.granted = :granted', {
      kind: ConsentKind.DATA_SHARING,
      partnerId,
      granted: true,
    }).andWhere(`NOT EXISTS (SELECT 1 FROM customer_consent c2 WHERE c2.customerId = e.id AND c2.kind = :kind AND c2.partnerId = :partnerId
      AND c2.changedAt >= c.changedAt AND c2.id <> c.id)`);
}

/** What a partner may see of a customer: masked identity, profile and need signals (never raw behaviour). */
export async function partnerView(ctx: RequestContext, customer: Customer) {
  const needs = await NeedService.active(ctx, customer.id);
  const tier = customer.tierId ? await ctx.loaders.get(tierById).load(customer.tierId) : null;
  return {
    id: customer.id,
    name: maskName(customer.name),
    phone: customer.phone ? maskPhone(customer.phone) : null,
    tierCode: tier?.code ?? null,
    lifeStage: customer.lifeStage,
    occupation: customer.occupation,
    riskLevel: customer.riskLevel,
    needs: needs.map((n) => ({ need: n.need, weight: n.weight, lastConfirmedAt: n.lastConfirmedAt })),
  };
}

/**
 * What partner institutions can do with their API keys. Everything is scoped to the calling partner: an id that is
 * not theirs (a customer who has not consented to share data with them, another partner's order, a product they do
 * not issue) answers NOT_FOUND, exactly as an id that does not exist.
 */
export const PartnerApiService = {
  async consentingCustomer(ctx: RequestContext, partner: PartnerCaller, customerId: string): Promise<Customer> {
    const customer = await consentingCustomers(ctx, partnerOf(partner)).andWhere('e.id = :id', { id: customerId }).getOne();
    if (!customer) throw notFound('Customer', customerId);
    return customer;
  },

  catalog: (ctx: RequestContext, args: ListArgs, now = new Date()) =>
    pageOf(
      ctx.manager
        .getRepository(Product)
        .createQueryBuilder('e')
        .where('e.status = :active', { active: ProductStatus.ACTIVE })
        .andWhere('(e.saleStartsAt IS NULL OR e.saleStartsAt <= :now) AND (e.saleEndsAt IS NULL OR e.saleEndsAt > :now)', { now }),
      args,
      { typeName: 'Product', sortable: ['code', 'name', 'riskLevel', 'type'] },
    ).getMany(),

  async product(ctx: RequestContext, id: string, now = new Date()): Promise<Product> {
    const product = await ctx.manager.findOneBy(Product, { id });
    if (!product || !isOnSale(product, now)) throw notFound('Product', id);
    return product;
  },

  /** A partner's own product: how many customers hold it here, and how much in all. */
  async figures(ctx: RequestContext, partner: PartnerCaller, productId: string) {
    const product = await ctx.manager.findOneBy(Product, { id: productId, issuerId: partnerOf(partner) });
    if (!product) throw notFound('Product', productId);
    const [row] = await ctx.manager
      .getRepository(Holding)
      .createQueryBuilder('h')
      .select('COUNT(DISTINCT h.customerId)', 'holders')
      .addSelect('COALESCE(SUM(h.amount), 0)', 'total')
      .where('h.productId = :id', { id: productId })
      .getRawMany();
    return { productId, holders: Number(row.holders), totalAmount: fromMinorUnits(String(row.total)) };
  },

  customers: async (ctx: RequestContext, partner: PartnerCaller, args: ListArgs) => {
    const rows = await pageOf(consentingCustomers(ctx, partnerOf(partner)), args, {
      typeName: 'Customer',
      sortable: ['externalRef'],
      defaultSort: 'externalRef',
    }).getMany();
    return Promise.all(rows.map((c) => partnerView(ctx, c)));
  },

  customer: async (ctx: RequestContext, partner: PartnerCaller, id: string) => partnerView(ctx, await PartnerApiService.consentingCustomer(ctx, partner, id)),

  recommendations: async (ctx: RequestContext, partner: PartnerCaller, customerId: string, limit: number) => {
    await PartnerApiService.consentingCustomer(ctx, partner, customerId);
    return (await RecommendationService.recommend(ctx, customerId, limit)).map((r) => ({
      rank: r.rank,
      product: r.product,
      reasonCodes: r.reasons.map((x) => x.code),
    }));
  },

  submitReferral: (ctx: RequestContext, partner: PartnerCaller, customerId: string, scenario: NeedType, notes: string) =>
    inTransaction(ctx, async (tx) => {
      await PartnerApiService.consentingCustomer(tx, partner, customerId);
      const referral = tx.manager.create(Referral, {
        partnerId: partnerOf(partner),
        customerId,
        scenario,
        notes,
        status: ReferralStatus.NEW,
        submittedBy: `tw_${partner.keyPrefix}`,
      });
      return referralRecords.create(tx, referral);
    }),

  /**
   * Refer an order for a consenting customer, where an active scenario package names this partner and the product and
   * allows partner orders. It is placed under the same suitability decision as every order (REFUSED with the reasons, or
   * waiting for the special risk warning); the institution's advisor completes it with the customer.
   */
  referOrder: (ctx: RequestContext, partner: PartnerCaller, customerId: string, productId: string, amount: string) =>
    inTransaction(ctx, async (tx) => {
      const partnerId = partnerOf(partner);
      await PartnerApiService.consentingCustomer(tx, partner, customerId);
      const pkg = await ScenarioPackageService.allowingPartnerOrder(tx, partnerId, productId);
      if (!pkg) {
        throw badInput([
          {
            field: 'productId',
            code: PartnerApiErrors.NO_SCENARIO_FOR_ORDER,
            message: 'No active scenario package lets your institution refer orders for this product',
          },
        ]);
      }
      return OrderService.place(tx, { customerId, productId, amount }, new Date(), { partnerId, scenarioPackageId: pkg.id });
    }),

  referredOrders: (ctx: RequestContext, partner: PartnerCaller, args: ListArgs) => OrderService.referredBy(ctx, partnerOf(partner), args),

  referrals: (ctx: RequestContext, partner: PartnerCaller, args: ListArgs) =>
    pageOf(
      ctx.manager
        .getRepository(Referral)
        .createQueryBuilder('e')
        .where('e.partnerId = :p', { p: partnerOf(partner) }),
      args,
      { typeName: 'Referral', sortable: ['createdAt', 'status'], defaultSort: 'createdAt', defaultOrder: 'DESC' },
    ).getMany(),

  orders: (ctx: RequestContext, partner: PartnerCaller, args: ListArgs, status?: FulfilmentStatus) => {
    const qb = ctx.manager
      .getRepository(FulfilmentOrder)
      .createQueryBuilder('e')
      .where('e.partnerId = :p', { p: partnerOf(partner) });
    if (status) qb.andWhere('e.status = :status', { status });
    return pageOf(qb, args, { typeName: 'FulfilmentOrder', sortable: ['createdAt', 'status'], defaultSort: 'createdAt', defaultOrder: 'DESC' }).getMany();
  },

  updateOrder: (ctx: RequestContext, partner: PartnerCaller, id: string, version: number, status: FulfilmentStatus, note: string | null) =>
    inTransaction(ctx, async (tx) => {
      const order = await tx.manager.findOneBy(FulfilmentOrder, { id, partnerId: partnerOf(partner) });
      if (!order) throw notFound('FulfilmentOrder', id);
      const violation = fulfilmentTransitionViolation(order.status, status);
      if (violation) throw badInput([violation]);
      return (await orderRecords.update(tx, id, version, { status, partnerNote: note ?? order.partnerNote })).after;
    }),
};
