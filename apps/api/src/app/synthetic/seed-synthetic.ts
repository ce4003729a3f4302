import type { DataSource } from 'typeorm';
import { DAY_MS as DAY, ProductStatus, startOfUtcDay, tierForAum } from '@tierwise/domain';
import { AumSnapshot, Customer, Holding } from '../../modules/customers';
import { AssessmentSource, DeclarationKind, FinancialDeclaration, RiskAssessment } from '../../modules/risk-profile';
import { insertIgnoringExisting } from '../../common/persistence/bulk-insert';
import { ProductEligibleTier, Product } from '../../modules/products';
import { Tier } from '../../modules/tiers';
import { syntheticCustomer } from './population';

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
/** A deterministic UUID per (seed, index): loading the same population twice inserts nothing new. */
export const syntheticId = (seed: number, index: number) => `${hex(seed, 8)}-0000-4000-8000-${hex(index, 12)}`;

export interface SyntheticOptions {
  customers: number;
  seed: number;
  days: number;
  batchSize?: number;
  today?: Date;
  onProgress?: (done: number) => void;
}

/**
 * Insert a reproducible population in batches (customers, 90 days of snapshots, a few holdings each), each batch
 * one transaction; rows that already exist are left alone, so an interrupted run can simply be started again.
 */
export async function seedSyntheticPopulation(
  dataSource: DataSource,
  o: SyntheticOptions,
): Promise<{ customers: number; snapshots: number; holdings: number }> {
  const today = startOfUtcDay(o.today ?? new Date());
  const batchSize = o.batchSize ?? 500;
  const tiers = await dataSource.manager.find(Tier);
  if (tiers.length === 0) throw new Error('No tiers: start the product once (it seeds the demo catalogue) or create tiers first');
  const products = await dataSource.manager.find(Product, { where: { status: ProductStatus.ACTIVE } });
  const links = await dataSource.manager.find(ProductEligibleTier);
  // What each tier is offered, worked out once (not per customer: a scaled catalogue has thousands of products).
  const eligible = new Set(links.map((l) => `${l.productId}|${l.tierId}`));
  const offeredByTier = new Map(tiers.map((t) => [t.id, products.filter((p) => eligible.has(`${p.id}|${t.id}`) && p.type !== 'BUNDLE')]));
  const offered = (tierId: string) => offeredByTier.get(tierId) ?? [];
  const totals = { customers: 0, snapshots: 0, holdings: 0 };

  for (let start = 0; start < o.customers; start += batchSize) {
    const customers: Partial<Customer>[] = [];
    const snapshots: Partial<AumSnapshot>[] = [];
    // The risk level comes from an assessment record, income from a declaration: the synthetic system's own.
    const assessments: Partial<RiskAssessment>[] = [];
    const declarations: Partial<FinancialDeclaration>[] = [];
    const holdings: Partial<Holding>[] = [];
    for (let index = start; index < Math.min(start + batchSize, o.customers); index++) {
      const c = syntheticCustomer(o.seed, index, today, o.days);
      const id = syntheticId(o.seed, index);
      const aum = c.dailyAum[c.dailyAum.length - 1];
      const tier = tierForAum(tiers, aum)!;
      const { dailyAum, annualIncome, ...profile } = c;
      customers.push({ ...profile, id, aum, tierId: tier.id, createdAt: today, updatedAt: today, version: 1 });
      const ref = `SYNA-${o.seed}-${index}`;
      assessments.push({
        id: `${hex(o.seed, 8)}-0000-4000-a000-${hex(index, 12)}`,
        customerId: id,
        source: AssessmentSource.IMPORTED,
        level: c.riskLevel,
        assessedAt: c.riskAssessedAt,
        expiresAt: c.riskAssessmentExpiresAt,
        externalRef: ref,
        sourceSystem: 'synthetic',
        evidenceRef: ref,
        recordedBy: 'synthetic',
      });
      declarations.push({
        id: `${hex(o.seed, 8)}-0000-4000-b000-${hex(index, 12)}`,
        customerId: id,
        kind: DeclarationKind.AVERAGE_ANNUAL_INCOME,
        amount: annualIncome,
        description: null,
        asOf: today,
        evidenceRef: ref,
        recordedBy: 'synthetic',
        recordedAt: today,
      });
      dailyAum.forEach((value, d) => snapshots.push({ customerId: id, day: new Date(today.getTime() - (dailyAum.length - 1 - d) * DAY), aum: value }));
      const choices = offered(tier.id);
      const count = Math.min(choices.length, index % 3);
      for (let h = 0; h < count; h++) {
        const product = choices[(index * 7 + h * 3) % choices.length];
        holdings.push({
          id: `${hex(o.seed, 8)}-0000-4000-9000-${hex(index * 4 + h, 12)}`,
          externalRef: `SYNH-${index}-${h}`,
          customerId: id,
          productId: product.id,
          amount: (Number(aum) / (count + 1)).toFixed(2),
          startedAt: new Date(today.getTime() - ((index + h) % 700) * DAY),
          maturesAt: null,
        });
      }
    }
    await dataSource.transaction(async (m) => {
      await insertIgnoringExisting(m, Customer, customers, 200);
      await insertIgnoringExisting(m, RiskAssessment, assessments, 300);
      await insertIgnoringExisting(m, FinancialDeclaration, declarations, 500);
      await insertIgnoringExisting(m, AumSnapshot, snapshots, 2000);
      await insertIgnoringExisting(m, Holding, holdings, 500);
    });
    totals.customers += customers.length;
    totals.snapshots += snapshots.length;
    totals.holdings += holdings.length;
    o.onProgress?.(totals.customers);
  }
  return totals;
}
