import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
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

/** One completed questionnaire: the answers, the score, the level it gave and until when it is valid. */
@ObjectType('RiskAssessment', { simpleResolvers: true })
@Entity('risk_assessment')
@Index('IDX_risk_assessment_customer', ['customerId', 'assessedAt'])
export class RiskAssessment extends CustomerRecord {
  @Field(() => Int)
  @Column({ type: 'int' })
  questionnaireVersion!: number;

  @Field(() => GraphQLJSONObject, { description: '{ QUESTION_CODE: OPTION_CODE }' })
  @Column({ type: 'simple-json' })
  answers!: Record<string, string>;

  @Field(() => Int)
  @Column({ type: 'int' })
  score!: number;

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
