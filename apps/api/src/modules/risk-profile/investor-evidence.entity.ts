import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { moneyColumn } from '../../common/persistence/scaled-decimal.transformer';
import { DecimalScalar } from '../../common/scalars';
import { Customer, CustomerRecord } from '../customers';

export enum DeclarationKind {
  ASSETS_ELSEWHERE = 'ASSETS_ELSEWHERE',
  AVERAGE_ANNUAL_INCOME = 'AVERAGE_ANNUAL_INCOME',
}
registerEnumType(DeclarationKind, {
  name: 'DeclarationKind',
  description: 'Financial assets held elsewhere (one holding a declaration), or average annual income over the last three years',
});

/**
 * Assets or income the customer declared, with its evidence, as of a day. Declarations are only appended; one older
 * than a year no longer counts towards a qualified investor.
 */
@ObjectType('FinancialDeclaration', { simpleResolvers: true })
@Entity('customer_declaration')
@Index('IDX_declaration_customer', ['customerId', 'kind', 'asOf'])
export class FinancialDeclaration extends CustomerRecord {
  @Field(() => DeclarationKind)
  @Column({ type: 'varchar', length: 32 })
  kind!: DeclarationKind;

  @Field(() => DecimalScalar, { description: 'CNY' })
  @Column(moneyColumn)
  amount!: string;

  @Field(() => String, { nullable: true, description: 'What is declared (e.g. "brokerage account at another firm")' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  description!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'The day the amount is true of' })
  @Column({ type: 'datetime', precision: 6 })
  asOf!: Date;

  @Field(() => String, { description: 'Where the evidence is kept (a document number, a statement reference)' })
  @Column({ type: 'varchar', length: 200 })
  evidenceRef!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  recordedBy!: string;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  recordedAt!: Date;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_declaration_customer' })
  customer?: Customer;
}

/**
 * The evidence behind a professional-investor status: assets or income over the threshold and two years' investing
 * experience, checked on a day. The latest record counts, while it is within the institution's review period.
 */
@ObjectType('ProfessionalInvestorEvidence', { simpleResolvers: true })
@Entity('professional_investor_evidence')
@Index('IDX_professional_customer', ['customerId', 'evidencedAt'])
export class ProfessionalInvestorEvidence extends CustomerRecord {
  @Field(() => DecimalScalar, { nullable: true, description: 'Financial assets the evidence shows (CNY)' })
  @Column({ ...moneyColumn, nullable: true })
  financialAssets!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Average annual income over the last three years (CNY)' })
  @Column({ ...moneyColumn, nullable: true })
  averageAnnualIncome!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Investing since' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  investingSince!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When the evidence was checked' })
  @Column({ type: 'datetime', precision: 6 })
  evidencedAt!: Date;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  evidenceRef!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  recordedBy!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_professional_customer' })
  customer?: Customer;
}
