import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { moneyColumn } from '../../common/persistence/scaled-decimal.transformer';
import { Customer } from './customer.entity';

/** A customer's assets under management at the end of one day (UTC): the basis of average-daily-AUM tiering. */
@Entity('aum_snapshot')
export class AumSnapshot {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  customerId!: string;

  /** The day, as midnight UTC. */
  @Index('IDX_aum_snapshot_day')
  @PrimaryColumn({ type: 'datetime', precision: 6 })
  day!: Date;

  @Column({ ...moneyColumn })
  aum!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customerId', foreignKeyConstraintName: 'FK_aum_snapshot_customer' })
  customer?: Customer;
}
