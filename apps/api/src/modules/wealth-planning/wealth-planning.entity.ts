import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { GoalKind, ProposalKind, ProposalRole, ProposalStatus, RepaymentMethod, RiskLevel } from '@tierwise/domain';
import { VersionedRecord } from '../../common/persistence/columns';
import { moneyColumn, scaledDecimal } from '../../common/persistence/scaled-decimal.transformer';
import { DecimalScalar } from '../../common/scalars';

registerEnumType(GoalKind, { name: 'GoalKind', description: "What a customer's goal is for (wealth transfer, education, retirement, …)" });
registerEnumType(ProposalKind, { name: 'ProposalKind', description: 'INVESTMENT (lines of products) or LOAN (the parts of a combined loan)' });
registerEnumType(ProposalStatus, { name: 'ProposalStatus', description: 'DRAFT → PRESENTED → ACCEPTED (orders placed) / DECLINED / EXPIRED' });
registerEnumType(ProposalRole, { name: 'ProposalRole', description: 'The part a line plays in a plan: core, income, growth, protection, liquidity' });
registerEnumType(RepaymentMethod, { name: 'RepaymentMethod', description: 'EQUAL_INSTALMENT (等额本息) or EQUAL_PRINCIPAL (等额本金)' });

export enum GoalSource {
  /** From a need the rules detected (or the customer confirmed). */
  NEED = 'NEED',
  /** From the banker's interview with the customer. */
  INTERVIEW = 'INTERVIEW',
}
registerEnumType(GoalSource, { name: 'GoalSource', description: 'Where a goal came from: a detected need, or an interview' });

/** A customer's goal: what for, how much, by when, how urgent, how much must stay at hand. */
@ObjectType('CustomerGoal', { simpleResolvers: true })
@Entity('customer_goal')
@Index('IDX_customer_goal_customer', ['customerId', 'createdAt'])
export class CustomerGoal extends VersionedRecord {
  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  customerId!: string;

  @Field(() => GoalKind)
  @Column({ type: 'varchar', length: 24 })
  kind!: GoalKind;

  @Field(() => DecimalScalar, { description: 'The amount the goal needs at its horizon, CNY' })
  @Column(moneyColumn)
  targetAmount!: string;

  @Field(() => Int, { description: 'Years from now (1–50)' })
  @Column({ type: 'int' })
  horizonYears!: number;

  @Field(() => Int, { description: '1 (most important) to 5' })
  @Column({ type: 'int' })
  priority!: number;

  @Field(() => Int, { description: 'The share of the money (percent) the customer needs to keep at hand' })
  @Column({ type: 'int' })
  liquidityPercent!: number;

  @Field(() => GoalSource)
  @Column({ type: 'varchar', length: 12 })
  source!: GoalSource;

  @Field(() => ID, { nullable: true, description: 'The detected need it came from' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  needId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Field(() => String, { description: 'Who recorded it' })
  @Column({ type: 'varchar', length: 200 })
  createdBy!: string;
}

/** One part of a combined loan proposal. */
@ObjectType('LoanPart')
export class LoanPart {
  @Field(() => ID, { description: 'The loan product (LOAN or MORTGAGE)' }) productId!: string;
  @Field(() => String, { description: 'What the part is for: BUSINESS or CONSUMER' }) purpose!: string;
  @Field(() => DecimalScalar) principal!: string;
  @Field(() => DecimalScalar, { description: 'Annual rate, percent' }) annualRate!: string;
  @Field(() => Int) months!: number;
  @Field(() => RepaymentMethod) method!: RepaymentMethod;
}

/**
 * A proposal for a goal, one revision of it: an investment plan (its lines) or a combined loan (its parts). A draft is
 * edited; once presented it is frozen and may be accepted (its lines become orders), declined, or expire; a new
 * revision starts from it.
 */
@ObjectType('Proposal', { simpleResolvers: true })
@Entity('proposal')
@Index('UQ_proposal_revision', ['goalId', 'revision'], { unique: true })
@Index('IDX_proposal_customer', ['customerId', 'status'])
@Index('IDX_proposal_expiry', ['status', 'validUntil'])
export class Proposal extends VersionedRecord {
  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  goalId!: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  customerId!: string;

  @Field(() => ProposalKind)
  @Column({ type: 'varchar', length: 12 })
  kind!: ProposalKind;

  @Field(() => Int, { description: "The goal's proposals are numbered 1, 2, 3…: each revision a proposal of its own" })
  @Column({ type: 'int' })
  revision!: number;

  @Field(() => ProposalStatus)
  @Column({ type: 'varchar', length: 12 })
  status!: ProposalStatus;

  @Field(() => DecimalScalar, { description: 'The money the plan invests (CNY); for a loan, the total borrowed' })
  @Column(moneyColumn)
  investable!: string;

  @Field(() => DecimalScalar, { description: "Annual inflation assumed for the projection in today's money, percent" })
  @Column({ type: 'bigint', transformer: scaledDecimal })
  inflation!: string;

  @Field(() => [LoanPart], { description: 'A loan proposal’s parts (empty for an investment plan)' })
  @Column({ type: 'simple-json' })
  loanParts!: LoanPart[];

  @Field(() => [GraphQLJSONObject], { description: 'What the suggested draft could not place, as codes with parameters' })
  @Column({ type: 'simple-json' })
  draftNotes!: { code: string; params: Record<string, string> }[];

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  preparedBy!: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  presentedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'A presented proposal may be accepted until then' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  validUntil!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who recorded the acceptance or the refusal' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  declineReason!: string | null;
}

/** One line of an investment plan, with the suitability decision and the plan's checks it was last checked under. */
@ObjectType('ProposalLine')
@Entity('proposal_line')
@Index('IDX_proposal_line_proposal', ['proposalId', 'position'])
export class ProposalLine {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  proposalId!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  position!: number;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Field(() => ProposalRole)
  @Column({ type: 'varchar', length: 12 })
  role!: ProposalRole;

  @Field(() => DecimalScalar, { description: 'CNY' })
  @Column(moneyColumn)
  amount!: string;

  @Field(() => Int, { nullable: true, description: "The product's term in months (null: open-ended)" })
  @Column({ type: 'int', nullable: true })
  termMonths!: number | null;

  @Field(() => RiskLevel)
  @Column({ type: 'varchar', length: 2 })
  riskLevel!: RiskLevel;

  @Field(() => DecimalScalar, { description: "The product's expected annual return range, percent, when the line was set" })
  @Column({ type: 'bigint', transformer: scaledDecimal })
  returnLow!: string;

  @Field(() => DecimalScalar)
  @Column({ type: 'bigint', transformer: scaledDecimal })
  returnHigh!: string;

  @Field(() => GraphQLJSONObject, {
    description:
      'The line checked: { allowed (the suitability decision), gate (ALLOWED / WARNING_REQUIRED / REFUSED), reasons, violations (minimum, private-fund floor, term), decidedAt }',
  })
  @Column({ type: 'simple-json' })
  check!: LineCheckRecord;

  @Field(() => ID, { nullable: true, description: 'The order it became when the proposal was accepted' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  orderId!: string | null;
}

export interface LineCheckRecord {
  allowed: boolean;
  gate: 'ALLOWED' | 'WARNING_REQUIRED' | 'REFUSED';
  reasons: { code: string; blocking: boolean; message: string; params: Record<string, string> }[];
  violations: { code: string; field?: string; message: string }[];
  decidedAt: string;
}
