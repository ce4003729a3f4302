import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Questionnaire } from '@tierwise/domain';
import { InvestorRiskLevel } from '../../common/enums';
import { Customer, CustomerRecord } from '../customers';

/** A version of the risk questionnaire (questions, option scores, score bands, validity). The newest is in force. */
@ObjectType('RiskQuestionnaire', { simpleResolvers: true })
@Entity('risk_questionnaire')
export class RiskQuestionnaire {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => Int)
  @Index('UQ_risk_questionnaire_version', { unique: true })
  @Column({ type: 'int' })
  version!: number;

  @Field(() => GraphQLJSONObject, {
    description: '{ validityDays, questions: [{ code, text, options: [{ code, text, score }] }], bands: [{ minScore, maxScore, level }] }',
  })
  @Column({ type: 'simple-json' })
  definition!: Questionnaire;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  createdBy!: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt!: Date;
}

export enum AssessmentSource {
  QUESTIONNAIRE = 'QUESTIONNAIRE',
  IMPORTED = 'IMPORTED',
}
registerEnumType(AssessmentSource, {
  name: 'AssessmentSource',
  description: "Scored here from the questionnaire, or imported from the institution's own system with its evidence",
});

/**
 * One risk assessment, the only source of a customer's risk level: a completed questionnaire (answers, score) or one
 * imported from the institution's own system (its reference and evidence); the level it gave and until when it holds.
 */
@ObjectType('RiskAssessment', { simpleResolvers: true })
@Entity('risk_assessment')
@Index('IDX_risk_assessment_customer', ['customerId', 'assessedAt'])
@Index('UQ_risk_assessment_external_ref', ['externalRef'], { unique: true })
export class RiskAssessment extends CustomerRecord {
  @Field(() => AssessmentSource)
  @Column({ type: 'varchar', length: 16, default: AssessmentSource.QUESTIONNAIRE })
  source!: AssessmentSource;

  @Field(() => Int, { nullable: true, description: 'The questionnaire version scored (null for an imported assessment)' })
  @Column({ type: 'int', nullable: true })
  questionnaireVersion!: number | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '{ QUESTION_CODE: OPTION_CODE } (null for an imported assessment)' })
  @Column({ type: 'simple-json', nullable: true })
  answers!: Record<string, string> | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  score!: number | null;

  @Field(() => String, { nullable: true, description: "The assessment's id in the institution's own system (imported ones)" })
  @Column({ type: 'varchar', length: 64, nullable: true })
  externalRef!: string | null;

  @Field(() => String, { nullable: true, description: "The institution's system it came from (imported ones)" })
  @Column({ type: 'varchar', length: 64, nullable: true })
  sourceSystem!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the evidence is kept (imported ones: the signed questionnaire, a record number)' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  evidenceRef!: string | null;

  @Field(() => InvestorRiskLevel)
  @Column({ type: 'varchar', length: 2 })
  level!: InvestorRiskLevel;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  assessedAt!: Date;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  expiresAt!: Date;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  recordedBy!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_risk_assessment_customer' })
  customer?: Customer;
}
