import { Column, Entity, Index } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { BehaviourType } from '@tierwise/domain';
import { NeedType } from '../../common/enums';
import { CatalogueRecord } from '../../common/persistence/columns';

/** A need rule, configured in the console: N events of a type on a topic within D days → a need, with a weight. */
@ObjectType('NeedRule', { simpleResolvers: true })
@Entity('need_rule')
@Index('UQ_need_rule_code', ['code'], { unique: true })
export class NeedRule extends CatalogueRecord {
  @Field(() => BehaviourType, { nullable: true, description: 'Only events of this type count (any type when empty)' })
  @Column({ type: 'varchar', length: 24, nullable: true })
  eventType!: BehaviourType | null;

  @Field(() => String, { description: 'The topic events must carry, e.g. mortgage_rate' })
  @Index('IDX_need_rule_topic')
  @Column({ type: 'varchar', length: 64 })
  topic!: string;

  @Field(() => Int, { description: 'At least this many events…' })
  @Column({ type: 'int' })
  minEvents!: number;

  @Field(() => Int, { description: '…within this many days' })
  @Column({ type: 'int' })
  windowDays!: number;

  @Field(() => NeedType)
  @Column({ type: 'varchar', length: 32 })
  need!: NeedType;

  @Field(() => Int, { description: 'How strongly the rule indicates the need, 1–100' })
  @Column({ type: 'int' })
  weight!: number;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
