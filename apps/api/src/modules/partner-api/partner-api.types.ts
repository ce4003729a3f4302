import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { OrderStatus } from '@tierwise/domain';
import { InvestorRiskLevel, LifeStage, NeedType, Occupation } from '../../common/enums';
import { DecimalScalar } from '../../common/scalars';
import { Product } from '../products';

/** What the partner API returns besides catalogue records: views shaped for a partner, never the internal records. */
@ObjectType('PartnerNeedSignal', { description: 'A need the institution detected, without the behaviour behind it' })
export class PartnerNeedSignal {
  @Field(() => NeedType) need!: NeedType;
  @Field(() => Int) weight!: number;
  @Field(() => GraphQLISODateTime) lastConfirmedAt!: Date;
}

@ObjectType('PartnerCustomer', { description: 'A customer who consented to share data with the calling partner: masked identity, profile, need signals' })
export class PartnerCustomer {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Masked, e.g. 王*明' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Masked, e.g. 138****5678' }) phone!: string | null;
  @Field(() => String, { nullable: true }) tierCode!: string | null;
  @Field(() => LifeStage, { nullable: true }) lifeStage!: LifeStage | null;
  @Field(() => Occupation, { nullable: true }) occupation!: Occupation | null;
  @Field(() => InvestorRiskLevel, { nullable: true }) riskLevel!: InvestorRiskLevel | null;
  @Field(() => [PartnerNeedSignal]) needs!: PartnerNeedSignal[];
}

@ObjectType('PartnerProductFigures')
export class PartnerProductFigures {
  @Field(() => ID) productId!: string;
  @Field(() => Int, { description: 'Customers holding it here' }) holders!: number;
  @Field(() => DecimalScalar, { description: 'Total held, CNY' }) totalAmount!: string;
}

@ObjectType('PartnerRecommendation')
export class PartnerRecommendation {
  @Field(() => Int) rank!: number;
  @Field(() => Product) product!: Product;
  @Field(() => [String], { description: 'Reason codes (NEED_MATCH, SUITABLE, …)' }) reasonCodes!: string[];
}

@ObjectType('PartnerReferredOrder', { description: 'An order the calling partner referred, and where it stands (the institution completes it)' })
export class PartnerReferredOrder {
  @Field(() => ID) id!: string;
  @Field(() => ID) customerId!: string;
  @Field(() => ID) productId!: string;
  @Field(() => ID, { nullable: true }) scenarioPackageId!: string | null;
  @Field(() => OrderStatus) status!: OrderStatus;
  @Field(() => DecimalScalar, { description: "In the product's currency" }) amount!: string;
  @Field(() => String) currency!: string;
  @Field(() => [String], { description: 'Why it was refused (codes), when REFUSED' }) refusalCodes!: string[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) confirmedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) cancelledAt!: Date | null;
}
