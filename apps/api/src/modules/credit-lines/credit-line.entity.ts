import { Column, Entity, Index } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { CreditRuleCondition } from '@tierwise/domain';
import { CatalogueRecord, VersionedRecord } from '../../common/persistence/columns';
import { moneyColumn, scaledDecimal } from '../../common/persistence/scaled-decimal.transformer';
import { DecimalScalar } from '../../common/scalars';

registerEnumType(CreditRuleCondition, {
  name: 'CreditRuleCondition',
  description:
    'TIER (in the rule’s tiers), ON_TIME_MONTHS (consecutive months repaid on time), OVERDUE (late repayments in 12 months), INCOME_CHANGE (declared income since the limit was set)',
});

export enum CreditLineStatus {
  ACTIVE = 'ACTIVE',
  FROZEN = 'FROZEN',
  CLOSED = 'CLOSED',
}
registerEnumType(CreditLineStatus, { name: 'CreditLineStatus', description: 'ACTIVE (the rules review it), FROZEN or CLOSED (they do not)' });

export enum CreditLimitChangeStatus {
  /** Waiting for a checker. */
  PROPOSED = 'PROPOSED',
  APPLIED = 'APPLIED',
  REJECTED = 'REJECTED',
}
registerEnumType(CreditLimitChangeStatus, { name: 'CreditLimitChangeStatus', description: 'PROPOSED (waits for a checker), APPLIED or REJECTED' });

/** A product manager's rule: when its condition holds, propose changing a credit line's limit by a percent, within bounds. */
@ObjectType('CreditLineRule', { simpleResolvers: true })
@Entity('credit_line_rule')
@Index('UQ_credit_line_rule_code', ['code'], { unique: true })
export class CreditLineRule extends CatalogueRecord {
  @Field(() => CreditRuleCondition)
  @Column({ type: 'varchar', length: 16 })
  condition!: CreditRuleCondition;

  @Field(() => DecimalScalar, { description: 'Months, a count or a percent, by the condition (unused for TIER)' })
  @Column({ type: 'bigint', transformer: scaledDecimal })
  threshold!: string;

  @Field(() => [ID], { description: 'Only customers of these tiers (every tier when empty)' })
  @Column({ type: 'simple-array' })
  tierIds!: string[];

  @Field(() => DecimalScalar, { description: 'Percent of the current limit, signed: 20 raises it by a fifth, -30 cuts it by 30%' })
  @Column({ type: 'bigint', transformer: scaledDecimal })
  changePercent!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'A cut never goes below it' })
  @Column({ ...moneyColumn, nullable: true })
  minLimit!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'A raise never goes above it' })
  @Column({ ...moneyColumn, nullable: true })
  maxLimit!: string | null;

  @Field(() => Int, { description: 'Among raises that hold, the lowest applies first' })
  @Column({ type: 'int', default: 100 })
  priority!: number;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

/** A customer's revolving credit line: its limit, and the conduct the rules read (fed by the core banking system). */
@ObjectType('CreditLine', { simpleResolvers: true })
@Entity('credit_line')
@Index('UQ_credit_line_customer_product', ['customerId', 'productId'], { unique: true })
@Index('IDX_credit_line_status', ['status', 'id'])
export class CreditLine extends VersionedRecord {
  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  customerId!: string;

  @Field(() => ID, { description: 'The CREDIT_LINE product' })
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Field(() => DecimalScalar, { description: 'CNY' })
  @Column(moneyColumn)
  creditLimit!: string;

  @Field(() => CreditLineStatus)
  @Column({ type: 'varchar', length: 8 })
  status!: CreditLineStatus;

  @Field(() => Int, { description: 'Consecutive months repaid on time, to date' })
  @Column({ type: 'int', default: 0 })
  onTimeMonths!: number;

  @Field(() => Int, { description: 'Late repayments in the last 12 months' })
  @Column({ type: 'int', default: 0 })
  overdueLast12!: number;

  @Field(() => DecimalScalar, { nullable: true, description: "The customer's declared yearly income when the limit was last set" })
  @Column({ ...moneyColumn, nullable: true })
  incomeAtReview!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the conduct figures were last reported' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  conductAsOf!: Date | null;
}

/** A proposed change of a credit line's limit (by a rule, or by a person), applied only once a second person approves it. */
@ObjectType('CreditLimitChange', { simpleResolvers: true })
@Entity('credit_limit_change')
@Index('UQ_credit_limit_change_period', ['creditLineId', 'period'], { unique: true })
@Index('IDX_credit_limit_change_status', ['status', 'createdAt'])
export class CreditLimitChange extends VersionedRecord {
  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  creditLineId!: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  customerId!: string;

  @Field(() => String, { description: "The review period (a month in the institution's time zone, e.g. 2026-12; a person's proposal: its id)" })
  @Column({ type: 'varchar', length: 48 })
  period!: string;

  @Field(() => ID, { nullable: true, description: 'The rule that proposed it (none: a person did)' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  ruleId!: string | null;

  @Field(() => DecimalScalar)
  @Column(moneyColumn)
  fromLimit!: string;

  @Field(() => DecimalScalar)
  @Column(moneyColumn)
  toLimit!: string;

  @Field(() => GraphQLJSONObject, { description: 'Why: { code (CREDIT_RULE_…, or MANUAL), params }' })
  @Column({ type: 'simple-json' })
  reason!: { code: string; params: Record<string, string> };

  @Field(() => CreditLimitChangeStatus)
  @Column({ type: 'varchar', length: 10 })
  status!: CreditLimitChangeStatus;

  @Field(() => String, { description: 'Who proposed it: the review job, or a person' })
  @Column({ type: 'varchar', length: 200 })
  proposedBy!: string;

  @Field(() => ID, { nullable: true, description: "The proposer's user id (a person), who may not approve it" })
  @Column({ type: 'varchar', length: 36, nullable: true })
  proposedById!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionNote!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the customer was told (through the CREDIT_LIMIT trigger campaigns)' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  notifiedAt!: Date | null;
}
