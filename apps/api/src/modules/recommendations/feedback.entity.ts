import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ProductType } from '../../common/enums';
import { Customer, CustomerRecord } from '../customers';

export enum FeedbackEvent {
  SHOWN = 'SHOWN',
  CLICKED = 'CLICKED',
  ACCEPTED = 'ACCEPTED',
  DISMISSED = 'DISMISSED',
}
registerEnumType(FeedbackEvent, { name: 'FeedbackEvent', description: 'What the customer did with a recommendation' });

/**
 * One reaction to a recommended product. The customer's tier and the product's type are kept as they were, so the
 * acceptance rate by tier and by type does not shift when either changes later.
 */
@ObjectType('RecommendationFeedback', { simpleResolvers: true })
@Entity('recommendation_feedback')
@Index('IDX_feedback_customer', ['customerId', 'event', 'at'])
@Index('IDX_feedback_at', ['at'])
export class RecommendationFeedback extends CustomerRecord {
  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Field(() => FeedbackEvent)
  @Column({ type: 'varchar', length: 16 })
  event!: FeedbackEvent;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  at!: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 36, nullable: true })
  tierId!: string | null;

  @Field(() => ProductType)
  @Column({ type: 'varchar', length: 32 })
  productType!: ProductType;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  recordedBy!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_feedback_customer' })
  customer?: Customer;
}
