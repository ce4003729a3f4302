import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Kpi } from '@tierwise/domain';

/** What one KPI measured: the counted part over the whole (a share), and for response time the median minutes. */
export interface KpiFigure {
  part: string;
  whole: string;
  median?: number | null;
}

/** The scope of a snapshot row that covers every customer. */
export const ALL_TIERS = 'ALL';
/** The scope of customers without a tier. */
export const NO_TIER = 'NONE';

/**
 * The KPIs of one calendar month (Asia/Shanghai) for one tier, or for all customers: written by the monthly snapshot
 * job (the current month refreshed as it runs, a month closed once it is over), so history and trends are cheap to
 * read and survive the data behind them being archived. One row per month and scope.
 */
@Entity('kpi_snapshot')
@Index('UQ_kpi_snapshot', ['month', 'scope'], { unique: true })
export class KpiSnapshot {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** YYYY-MM. */
  @Column({ type: 'varchar', length: 7 })
  month!: string;

  /** A tier's id, NONE (customers without a tier) or ALL. */
  @Column({ type: 'varchar', length: 36 })
  scope!: string;

  @Column({ type: 'simple-json' })
  figures!: Partial<Record<Kpi, KpiFigure>>;

  @Column({ type: 'datetime', precision: 6 })
  computedAt!: Date;

  /** Computed after the month ended: it no longer changes. */
  @Column({ type: 'boolean' })
  final!: boolean;
}
