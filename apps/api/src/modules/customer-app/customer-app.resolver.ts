import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ApiScope, DAY_MS, maskIdNumber, maskName, maskPhone, ServiceChannel } from '@tierwise/domain';
import { assertCustomerOwns, CustomerSelf as SelfScope } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { assertListSize, badInput, notFound } from '../../common/errors';
import { Customer, customerIdsByRef } from '../customers';
import { CustomerBenefits, RedemptionService, BenefitRedemption } from '../benefit-ledger';
import { Consent, ConsentService } from '../consents';
import { CustomerNeed, NeedService } from '../needs';
import { Order, OrderChannel, OrderService } from '../orders';
import { RecommendationService, RecommendationType } from '../recommendations';
import { RiskAssessment, RiskAssessmentService, RiskQuestionnaire } from '../risk-profile';
import { ScenarioPackageService, ScenarioRecommendation } from '../scenarios';
import { ServiceDeskService, ServiceMessage, ServiceRequest } from '../service-desk';
import { Tier } from '../tiers';
import {
  SelfArgs,
  SelfAssessmentArgs,
  SelfCancelOrderArgs,
  SelfConfirmWarningArgs,
  SelfConsentArgs,
  SelfNeedArgs,
  SelfOpenRequestArgs,
  SelfOrderArgs,
  SelfPlaceOrderArgs,
  SelfRateArgs,
  SelfRedeemArgs,
  SelfRefArgs,
  SelfReplyArgs,
} from './customer-app.inputs';
import { CustomerSelf } from './customer-app.types';

/** The customer's own view: personal data in full only with customers:self:pii. */
async function selfOf(ctx: RequestContext, customerId: string, now = new Date()): Promise<CustomerSelf> {
  const c = await ctx.manager.findOneBy(Customer, { id: customerId });
  if (!c) throw notFound('Customer', customerId);
  const unmasked = !!ctx.partner?.scopes.includes(ApiScope.CUSTOMERS_SELF_PII);
  const expiresAt = c.riskAssessmentExpiresAt;
  return {
    customer: c,
    id: c.id,
    version: c.version,
    externalRef: c.externalRef,
    name: unmasked ? c.name : (maskName(c.name) ?? ''),
    phone: unmasked ? c.phone : maskPhone(c.phone),
    idNumber: unmasked ? c.idNumber : maskIdNumber(c.idNumber),
    unmasked,
    language: c.language,
    aum: c.aum,
    tier: c.tierId ? await ctx.manager.findOneBy(Tier, { id: c.tierId }) : null,
    assessment: {
      level: c.riskLevel,
      assessedAt: c.riskAssessedAt,
      expiresAt,
      valid: !!c.riskLevel && !!expiresAt && expiresAt > now,
      daysLeft: expiresAt ? Math.floor((expiresAt.getTime() - now.getTime()) / DAY_MS) : null,
    },
  };
}

/**
 * The app's customer-facing API (an API key of the institution's own holding customers:self). Every operation names
 * its customer and answers about that customer only: a record of another customer answers NOT_FOUND, as one that
 * does not exist. Staff tokens and partner keys are refused here, and the key reaches no staff operation.
 */
@Resolver(() => CustomerSelf)
export class CustomerAppResolver {
  @SelfScope()
  @Query(() => CustomerSelf, { description: "The customer's own view for the app: profile, tier and its service promise, assessment; more as fields" })
  customerSelf(@Ctx() ctx: RequestContext, @Args(() => SelfArgs) { customerId }: SelfArgs) {
    return selfOf(ctx, customerId);
  }

  @SelfScope(null)
  @Query(() => ID, { description: "The id of the customer with this customer number (the institution's externalRef), for the calls that name them" })
  async customerSelfId(@Ctx() ctx: RequestContext, @Args(() => SelfRefArgs) { customerRef }: SelfRefArgs) {
    const id = (await customerIdsByRef(ctx.manager, [customerRef])).get(customerRef);
    if (!id) throw notFound('Customer', customerRef);
    return id;
  }

  @FieldResolver(() => CustomerBenefits, { description: "What the tier grants this year with the quota used and left, and the customer's redemptions" })
  benefits(@Root() self: CustomerSelf, @Ctx() ctx: RequestContext) {
    return RedemptionService.customerBenefits(ctx, self.customer);
  }

  @FieldResolver(() => [RecommendationType], { description: 'Suitable products, best fit first, each with its reasons (limit 1–20, default 5)' })
  recommendations(
    @Root() self: CustomerSelf,
    @Ctx() ctx: RequestContext,
    @Arg('limit', () => Int, { defaultValue: 5, description: 'At most 20' }) limit: number,
  ) {
    return RecommendationService.recommend(ctx, self.id, limit); // which refuses a limit outside 1–20
  }

  @FieldResolver(() => [ScenarioRecommendation], { description: "Scenario packages for the customer's needs, strongest need first" })
  scenarioPackages(@Root() self: CustomerSelf, @Ctx() ctx: RequestContext) {
    return ScenarioPackageService.forCustomer(ctx, self.id);
  }

  @FieldResolver(() => [Order], { description: 'Orders, newest first (a page of at most 50)' })
  orders(
    @Root() self: CustomerSelf,
    @Ctx() ctx: RequestContext,
    @Arg('page', () => Int, { defaultValue: 0, description: '0-based page number' }) page: number,
    @Arg('perPage', () => Int, { defaultValue: 20, description: 'Page size, at most 50' }) perPage: number,
  ) {
    assertPage(page, perPage, 50);
    return OrderService.list(ctx, { page, perPage, sortField: 'createdAt', sortOrder: 'DESC' }, { customerId: self.id });
  }

  @FieldResolver(() => [ServiceRequest], { description: 'Service requests, newest first (a page of at most 50)' })
  serviceRequests(
    @Root() self: CustomerSelf,
    @Ctx() ctx: RequestContext,
    @Arg('page', () => Int, { defaultValue: 0, description: '0-based page number' }) page: number,
    @Arg('perPage', () => Int, { defaultValue: 20, description: 'Page size, at most 50' }) perPage: number,
  ) {
    assertPage(page, perPage, 50);
    return ServiceDeskService.list(ctx, { page, perPage, sortField: 'createdAt', sortOrder: 'DESC' }, { customerId: self.id });
  }

  @FieldResolver(() => [Consent], { description: 'The consents in force (latest per kind and partner)' })
  consents(@Root() self: CustomerSelf, @Ctx() ctx: RequestContext) {
    return ConsentService.current(ctx, self.id);
  }

  @FieldResolver(() => [CustomerNeed], { description: 'The needs in force, strongest first (the customer may confirm or dismiss each)' })
  needs(@Root() self: CustomerSelf, @Ctx() ctx: RequestContext) {
    return NeedService.active(ctx, self.id);
  }

  @FieldResolver(() => RiskQuestionnaire, { description: 'The risk questionnaire in force, to answer in the app (selfRecordAssessment)' })
  questionnaire(@Ctx() ctx: RequestContext) {
    return RiskAssessmentService.questionnaire(ctx);
  }

  @SelfScope()
  @Mutation(() => RiskAssessment, { description: "Score the customer's answers to the questionnaire in force and make the result their risk level" })
  selfRecordAssessment(@Ctx() ctx: RequestContext, @Args(() => SelfAssessmentArgs) a: SelfAssessmentArgs) {
    assertListSize('answers', a.answers, 50);
    return RiskAssessmentService.record(ctx, a.customerId, a.version, a.answers, a.forPrivateFunds);
  }

  @SelfScope()
  @Mutation(() => Consent, { description: 'The customer gives or withdraws a consent (marketing per channel; data sharing per partner)' })
  selfSetConsent(@Ctx() ctx: RequestContext, @Args(() => SelfConsentArgs) a: SelfConsentArgs) {
    return ConsentService.set(ctx, a.customerId, a.kind, a.partnerId ?? null, a.granted);
  }

  @SelfScope()
  @Mutation(() => Order, {
    description:
      'The customer orders in the app: DRAFT, AWAITING_WARNING_CONFIRMATION (above their level: the special warning to read and confirm) or REFUSED with the reasons',
  })
  selfPlaceOrder(@Ctx() ctx: RequestContext, @Args(() => SelfPlaceOrderArgs) a: SelfPlaceOrderArgs) {
    return OrderService.place(ctx, { customerId: a.customerId, productId: a.productId, amount: a.amount, channel: OrderChannel.APP });
  }

  @SelfScope()
  @Mutation(() => Order, { description: 'The customer read the special risk warning in force in the app and insists on the order' })
  async selfConfirmRiskWarning(@Ctx() ctx: RequestContext, @Args(() => SelfConfirmWarningArgs) a: SelfConfirmWarningArgs) {
    await assertCustomerOwns(ctx, 'order', a.orderId, a.customerId);
    return OrderService.confirmWarning(ctx, { id: a.orderId, version: a.version, warningVersion: a.warningVersion, via: OrderChannel.APP });
  }

  @SelfScope()
  @Mutation(() => Order, { description: 'The customer signs the order in the app (suitability is decided again)' })
  async selfSignOrder(@Ctx() ctx: RequestContext, @Args(() => SelfOrderArgs) a: SelfOrderArgs) {
    await assertCustomerOwns(ctx, 'order', a.orderId, a.customerId);
    return OrderService.sign(ctx, { id: a.orderId, version: a.version });
  }

  @SelfScope()
  @Mutation(() => Order, { description: 'The customer cancels before confirmation; in cooling-off everything paid is refunded' })
  async selfCancelOrder(@Ctx() ctx: RequestContext, @Args(() => SelfCancelOrderArgs) a: SelfCancelOrderArgs) {
    await assertCustomerOwns(ctx, 'order', a.orderId, a.customerId);
    return OrderService.cancel(ctx, { id: a.orderId, version: a.version, reason: a.reason });
  }

  @SelfScope()
  @Mutation(() => BenefitRedemption, {
    description: "The customer redeems (or books) a benefit of their tier within this year's quota; the same idempotencyKey answers the first redemption",
  })
  selfRedeemBenefit(@Ctx() ctx: RequestContext, @Args(() => SelfRedeemArgs) a: SelfRedeemArgs) {
    return RedemptionService.redeem(ctx, { customerId: a.customerId, benefitId: a.benefitId, idempotencyKey: a.idempotencyKey, reserve: a.reserve });
  }

  @SelfScope()
  @Mutation(() => ServiceRequest, { description: "The customer opens a service request in the app (its clocks follow the customer's tier)" })
  selfOpenServiceRequest(@Ctx() ctx: RequestContext, @Args(() => SelfOpenRequestArgs) a: SelfOpenRequestArgs) {
    return ServiceDeskService.create(ctx, { customerId: a.customerId, category: a.category, channel: ServiceChannel.APP, description: a.description });
  }

  @SelfScope()
  @Mutation(() => ServiceMessage, { description: "The customer's reply on one of their requests" })
  async selfReplyToServiceRequest(@Ctx() ctx: RequestContext, @Args(() => SelfReplyArgs) a: SelfReplyArgs) {
    await assertCustomerOwns(ctx, 'serviceRequest', a.requestId, a.customerId);
    return ServiceDeskService.reply(ctx, { id: a.requestId, body: a.body, internal: false });
  }

  @SelfScope()
  @Mutation(() => ServiceRequest, { description: 'The customer rates one of their resolved requests (1–5)' })
  async selfRateServiceRequest(@Ctx() ctx: RequestContext, @Args(() => SelfRateArgs) a: SelfRateArgs) {
    await assertCustomerOwns(ctx, 'serviceRequest', a.requestId, a.customerId);
    return ServiceDeskService.rate(ctx, { id: a.requestId, rating: a.rating });
  }

  @SelfScope()
  @Mutation(() => CustomerNeed, { description: 'The customer confirms a need detected for them: it holds on (as long as an interview would)' })
  async selfConfirmNeed(@Ctx() ctx: RequestContext, @Args(() => SelfNeedArgs) a: SelfNeedArgs) {
    await assertCustomerOwns(ctx, 'need', a.needId, a.customerId);
    return NeedService.confirm(ctx, a.needId);
  }

  @SelfScope()
  @Mutation(() => CustomerNeed, {
    description: 'The customer dismisses a need detected for them as wrong: it lapses now (kept as history) and counts against its rule',
  })
  async selfDismissNeed(@Ctx() ctx: RequestContext, @Args(() => SelfNeedArgs) a: SelfNeedArgs) {
    await assertCustomerOwns(ctx, 'need', a.needId, a.customerId);
    return NeedService.reject(ctx, a.needId);
  }
}

function assertPage(page: number, perPage: number, max: number): void {
  if (!Number.isInteger(page) || page < 0) throw badLimit('page', 'page is 0 or more');
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > max) throw badLimit('perPage', `perPage is between 1 and ${max}`);
}

const badLimit = (field: string, message: string) => badInput([{ field, code: 'OUT_OF_RANGE', message }]);
