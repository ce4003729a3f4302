import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { NeedType, ReferralStatus } from '../../common/enums';
import { VersionedRecord } from '../../common/persistence/columns';
import { Customer } from '../customers';

/**
 * A lead a partner sends for a scenario (e.g. a real-estate agency refers a buyer for mortgage pre-approval), for a
 * customer who consented to share data with that partner. It waits in the console's queue.
 */
@ObjectType('Referral', { simpleResolvers: true })
@Entity('referral')
@Index('IDX_referral_status', ['status', 'createdAt'])
@Index('IDX_referral_partner', ['partnerId', 'createdAt'])
export class Referral extends VersionedRecord {
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) partnerId!: string;
  @Field(() => ID) @Column({ type: 'varchar', length: 36 }) customerId!: string;
  @Field(() => NeedType, { description: 'The scenario: home purchase, study abroad, retirement…' })
  @Column({ type: 'varchar', length: 32 })
  scenario!: NeedType;
  @Field(() => String) @Column({ type: 'varchar', length: 1000 }) notes!: string;
  @Field(() => ReferralStatus) @Column({ type: 'varchar', length: 16 }) status!: ReferralStatus;
  @Field(() => String, { description: 'The API key (its prefix) that sent it' }) @Column({ type: 'varchar', length: 40 }) submittedBy!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_referral_customer' })
  customer?: Customer;
}
