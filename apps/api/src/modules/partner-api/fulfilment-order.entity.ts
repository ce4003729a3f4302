import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { FulfilmentStatus } from '../../common/enums';
import { VersionedRecord } from '../../common/persistence/columns';
import { Customer } from '../customers';

/** A benefit to deliver (a health check-up, lounge access…), sent to the service partner who provides it. */
@ObjectType('FulfilmentOrder', { simpleResolvers: true })
@Entity('fulfilment_order')
@Index('IDX_fulfilment_partner', ['partnerId', 'status', 'createdAt'])
export class FulfilmentOrder extends VersionedRecord {
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) partnerId!: string;
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) customerId!: string;
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) benefitId!: string;
  @Field(() => FulfilmentStatus) @Column({ type: 'varchar', length: 16 }) status!: FulfilmentStatus;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 1000, nullable: true }) notes!: string | null;
  @Field(() => String, { nullable: true, description: "The partner's last note on the order" })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  partnerNote!: string | null;
  @Field(() => String) @Column({ type: 'varchar', length: 200 }) createdBy!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_fulfilment_customer' })
  customer?: Customer;
}
