import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { ConsentKind } from '../../common/enums';
import { Customer, CustomerRecord } from '../customers';

/**
 * One consent given or withdrawn. Records are only appended: the latest per kind (and partner, for data sharing)
 * is in force, and the history shows when each was given or withdrawn.
 */
@ObjectType('Consent', { simpleResolvers: true })
@Entity('customer_consent')
@Index('IDX_consent_customer', ['customerId', 'kind', 'changedAt'])
export class Consent extends CustomerRecord {
  @Field(() => ConsentKind)
  @Column({ type: 'varchar', length: 24 })
  kind!: ConsentKind;

  @Field(() => ID, { nullable: true, description: 'For DATA_SHARING: the partner institution' })
  @Column({ type: 'varchar', length: 36, nullable: true })
  partnerId!: string | null;

  @Field(() => Boolean)
  @Column({ type: 'boolean' })
  granted!: boolean;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime', precision: 6 })
  changedAt!: Date;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  recordedBy!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_consent_customer' })
  customer?: Customer;
}
