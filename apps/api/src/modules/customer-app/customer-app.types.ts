import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Language } from '../../common/enums';
import { InvestorRiskLevel } from '../../common/enums';
import { DecimalScalar } from '../../common/scalars';
import type { Customer } from '../customers';
import { Tier } from '../tiers';

/** The customer's risk assessment as the app shows it: the level, when it was made, and whether it still counts. */
@ObjectType('SelfAssessment')
export class SelfAssessment {
  @Field(() => InvestorRiskLevel, { nullable: true, description: 'C1 (conservative) to C5 (aggressive); null: never assessed' })
  level!: InvestorRiskLevel | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) assessedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Boolean, { description: 'Whether it counts now (assessed and not expired): orders of risk products need it' }) valid!: boolean;
  @Field(() => Int, { nullable: true, description: 'Whole days until it expires (0 or less: expired)' }) daysLeft!: number | null;
}

/**
 * The named customer as the institution's app sees them (an API key with customers:self): their own profile, tier
 * and its service promise; the rest (benefits, recommendations, orders, requests…) are fields asked for as needed.
 * Personal data is masked unless the key holds customers:self:pii.
 */
@ObjectType('CustomerSelf')
export class CustomerSelf {
  /** The record the view was made from (not in the schema: the fields below read from it). */
  customer!: Customer;
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: "The customer record's version (sent back with selfRecordAssessment)" }) version!: number;
  @Field(() => String) externalRef!: string;
  @Field(() => String, { description: 'Masked without customers:self:pii' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Masked without customers:self:pii' }) phone!: string | null;
  @Field(() => String, { nullable: true, description: 'Masked without customers:self:pii' }) idNumber!: string | null;
  @Field(() => Boolean, { description: 'Whether the personal data above is in full (the key holds customers:self:pii)' }) unmasked!: boolean;
  @Field(() => Language, { nullable: true }) language!: Language | null;
  @Field(() => DecimalScalar, { description: 'Assets under management here (CNY)' }) aum!: string;
  @Field(() => Tier, { nullable: true, description: 'The tier, with its service promise (description, descriptionEn) and response time' })
  tier!: Tier | null;
  @Field(() => SelfAssessment) assessment!: SelfAssessment;
}
