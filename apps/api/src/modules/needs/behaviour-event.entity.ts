import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { registerEnumType } from 'type-graphql';
import { BehaviourType } from '@tierwise/domain';
import { Customer } from '../customers';

registerEnumType(BehaviourType, {
  name: 'BehaviourType',
  description: 'What the customer did: viewed a page, searched, consulted, used a calculator, transacted…',
});

/**
 * One behaviour event from the institution's app backend. Its id is the sender's, so a batch sent twice stores
 * each event once. Events are evidence for need rules; partners never see them.
 */
@Entity('behaviour_event')
@Index('IDX_behaviour_customer_topic', ['customerId', 'topic', 'occurredAt'])
export class BehaviourEvent {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  customerId!: string;

  @Column({ type: 'varchar', length: 24 })
  type!: BehaviourType;

  @Column({ type: 'varchar', length: 64 })
  topic!: string;

  @Column({ type: 'datetime', precision: 6 })
  occurredAt!: Date;

  @Column({ type: 'datetime', precision: 6 })
  receivedAt!: Date;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_behaviour_customer' })
  customer?: Customer;
}
