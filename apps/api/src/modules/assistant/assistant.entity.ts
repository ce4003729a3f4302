import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, Float, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { AskOutcome, KnowledgeStatus, KnowledgeTopic, Language, OwnDataIntent } from '../../common/enums';
import { CatalogueRecord } from '../../common/persistence/columns';

/**
 * One entry of the knowledge base: a question (the name, in Chinese and English) with the other ways customers ask it,
 * and its answer in both languages. Only ACTIVE entries answer customers; writes go through four eyes.
 */
@ObjectType('KnowledgeEntry', { simpleResolvers: true })
@Entity('knowledge_entry')
@Index('UQ_knowledge_entry_code', ['code'], { unique: true })
@Index('IDX_knowledge_entry_status', ['status', 'topic'])
export class KnowledgeEntry extends CatalogueRecord {
  @Field(() => KnowledgeTopic)
  @Column({ type: 'varchar', length: 16 })
  topic!: KnowledgeTopic;

  @Field(() => KnowledgeStatus)
  @Column({ type: 'varchar', length: 10 })
  status!: KnowledgeStatus;

  @Field(() => [String], { description: 'Other ways customers ask it, in Chinese' })
  @Column({ type: 'simple-json' })
  variants!: string[];

  @Field(() => [String], { description: 'Other ways customers ask it, in English' })
  @Column({ type: 'simple-json' })
  variantsEn!: string[];

  @Field(() => String, { description: 'The answer in Chinese' })
  @Column({ type: 'varchar', length: 2000 })
  answer!: string;

  @Field(() => String, { description: 'The answer in English' })
  @Column({ type: 'varchar', length: 2000 })
  answerEn!: string;
}

/** One question put to the smart customer service, and how it ended (for its KPIs and the list of what to add). */
@ObjectType('AssistantQuestion', { simpleResolvers: true })
@Entity('assistant_question')
@Index('IDX_assistant_question_customer', ['customerId', 'askedAt'])
@Index('IDX_assistant_question_outcome', ['outcome', 'askedAt'])
@Index('IDX_assistant_question_asked', ['askedAt'])
export class AssistantQuestion {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The customer who asked (null: asked without signing in, or from the console)' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  customerId!: string | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 500 })
  text!: string;

  @Field(() => Language)
  @Column({ type: 'varchar', length: 2 })
  language!: Language;

  @Field(() => Boolean, { description: "Asked by voice (the app's speech recognition sent the text)" })
  @Column({ type: 'boolean' })
  voice!: boolean;

  @Field(() => AskOutcome)
  @Column({ type: 'varchar', length: 12 })
  outcome!: AskOutcome;

  @Field(() => ID, { nullable: true, description: 'The knowledge-base entry that answered (or the best guess when handed off)' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  entryId!: string | null;

  @Field(() => OwnDataIntent, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  intent!: OwnDataIntent | null;

  @Field(() => Float, { description: 'How sure the answer was, 0–1' })
  @Column({ type: 'decimal', precision: 4, scale: 3, transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  confidence!: number;

  @Field(() => ID, { nullable: true, description: 'The service request a person took it over in' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  serviceRequestId!: string | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  askedBy!: string;

  @Field(() => Boolean, { description: 'Asked by staff in the console to try it: not counted in the KPIs' })
  @Column({ type: 'boolean', default: false })
  trial!: boolean;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  askedAt!: Date;
}
