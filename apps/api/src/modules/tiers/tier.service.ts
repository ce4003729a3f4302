import { In } from 'typeorm';
import { quotaViolations, tierPartitionViolations, type TierRange } from '@tierwise/domain';
import { changesFrom, CrudRepository } from '../../common/crud';
import { inTransaction, type RequestContext } from '../../common/context';
import { recordAudit } from '../../common/audit';
import { newId } from '../../common/persistence/columns';
import { AuditAction } from '../../common/enums';
import { assertNoViolations, badInput, conflict, notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { Benefit } from '../benefits';
import { TierBenefit } from './tier-benefit.entity';
import { events, usages, type DomainEvents } from '../../common/events';
import { Tier } from './tier.entity';
import type { CreateTierArgs, TierBenefitInput, TierFilter, TierRangeInput, UpdateTierArgs } from './tier.inputs';
import { entitlementsOfTier } from './tier.loaders';
import { TierErrors } from './tier.errors';
import { writeLock } from '../../common/persistence/locks';

const tiers = new CrudRepository(
  Tier,
  'Tier',
  ['code', 'name', 'nameEn', 'minAum', 'responseSlaMinutes', 'createdAt', 'updatedAt'],
  ['code', 'name', 'nameEn'],
);

/** All tiers, locked against concurrent range changes until the transaction ends (MySQL; SQLite writes are serial). */
function lockAllTiers(tx: RequestContext): Promise<Tier[]> {
  return tx.manager.find(Tier, { order: { minAum: 'ASC' }, lock: writeLock(tx.dataSource) });
}

/**
 * Check that `proposed` (the other tiers, after `adjustments`) partitions [0, ∞), then write the
 * adjustments. Any gap or overlap refuses the whole change.
 */
async function applyRanges(
  tx: RequestContext,
  current: Tier[],
  changed: (TierRange & { id?: string }) | null,
  removedId: string | null,
  adjustments: TierRangeInput[] = [],
) {
  const byId = new Map(current.map((t) => [t.id, t]));
  for (const a of adjustments) {
    if (!byId.has(a.id)) throw notFound('Tier', a.id);
    if (a.id === changed?.id || a.id === removedId) {
      throw badInput([{ field: 'adjustments', code: TierErrors.SELF_ADJUSTMENT, message: 'adjustments list the other tiers, not the one being changed' }]);
    }
  }
  const adjusted = new Map(adjustments.map((a) => [a.id, a]));
  const proposed: TierRange[] = current
    .filter((t) => t.id !== removedId && t.id !== changed?.id)
    .map((t) => ({ code: t.code, minAum: adjusted.get(t.id)?.minAum ?? t.minAum, maxAum: adjusted.has(t.id) ? adjusted.get(t.id)!.maxAum : t.maxAum }));
  if (changed) proposed.push(changed);
  assertNoViolations(tierPartitionViolations(proposed));
  for (const a of adjustments) await tiers.update(tx, a.id, a.version, { minAum: a.minAum, maxAum: a.maxAum });
}

/**
 * Run a change of the tier ranges, then (once it has committed, when this call owns the transaction) re-tier every
 * customer on the new ranges in the background.
 */
async function changingRanges<T>(
  ctx: RequestContext,
  what: (result: T) => DomainEvents['tierRangesChanged'] | null,
  work: (tx: RequestContext) => Promise<T>,
): Promise<T> {
  const owner = !ctx.manager.queryRunner?.isTransactionActive;
  const result = await inTransaction(ctx, work);
  const change = what(result);
  if (owner && change) await events.publish(ctx, 'tierRangesChanged', change);
  return result;
}

/** A tier's entitlements as the audit log and four eyes' diff compare them: by benefit, quota and exclusivity. */
export const shapeEntitlements = (rows: readonly { benefitId: string; annualQuota?: number | null; exclusive?: boolean | null }[]) =>
  [...rows]
    .sort((a, b) => a.benefitId.localeCompare(b.benefitId))
    .map((r) => ({ benefitId: r.benefitId, annualQuota: r.annualQuota ?? null, exclusive: !!r.exclusive }));

/** Tiers and their entitlements. Every change keeps the tiers' AUM ranges a partition of [0, ∞). */
export const TierService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: TierFilter) => tiers.list(ctx, args, filter, undefined, { defaultSort: 'minAum' }),
  count: (ctx: RequestContext, filter?: TierFilter) => tiers.count(ctx, filter),
  get: (ctx: RequestContext, id: string) => tiers.get(ctx, id),

  create: (ctx: RequestContext, { adjustments, entitlements, ...args }: CreateTierArgs) =>
    changingRanges(
      ctx,
      (t: Tier) => ({ code: 'TIER_CREATED', tier: t.code }),
      async (tx) => {
        const current = await lockAllTiers(tx);
        await applyRanges(tx, current, { code: args.code, minAum: args.minAum, maxAum: args.maxAum ?? null }, null, adjustments);
        const created = await tiers.create(tx, { ...args, maxAum: args.maxAum ?? null });
        return entitlements ? TierService.setBenefits(tx, created.id, created.version, entitlements) : created;
      },
    ),

  update: (ctx: RequestContext, { adjustments, entitlements, ...args }: UpdateTierArgs) => {
    let moved = false;
    return changingRanges(
      ctx,
      (t: Tier) => (moved ? { code: 'TIER_RANGE_EDITED', tier: t.code } : null),
      async (tx) => {
        const current = await lockAllTiers(tx);
        const existing = current.find((t) => t.id === args.id);
        if (!existing) throw notFound('Tier', args.id);
        const changes = changesFrom(args, ['code', 'name', 'minAum', 'responseSlaMinutes', 'advisorModel']);
        if (changes.minAum !== undefined || changes.maxAum !== undefined || adjustments?.length) {
          const range = {
            id: existing.id,
            code: changes.code ?? existing.code,
            minAum: changes.minAum ?? existing.minAum,
            maxAum: changes.maxAum !== undefined ? changes.maxAum : existing.maxAum,
          };
          await applyRanges(tx, current, range, null, adjustments);
          moved = range.minAum !== existing.minAum || range.maxAum !== existing.maxAum || !!adjustments?.length;
        }
        const updated = (await tiers.update(tx, args.id, args.version, changes)).after;
        return entitlements ? TierService.setBenefits(tx, updated.id, updated.version, entitlements) : updated;
      },
    );
  },

  /** Replace several tiers' ranges at once (moving a boundary touches two tiers). */
  updateRanges: (ctx: RequestContext, ranges: TierRangeInput[]) =>
    changingRanges(
      ctx,
      () => ({ code: 'RANGES_EDITED' }),
      async (tx) => {
        const current = await lockAllTiers(tx);
        await applyRanges(tx, current, null, null, ranges);
        return tx.manager.find(Tier, { order: { minAum: 'ASC' } });
      },
    ),

  delete: (ctx: RequestContext, id: string, adjustments?: TierRangeInput[]) =>
    changingRanges(
      ctx,
      (t: Tier) => ({ code: 'TIER_DELETED', tier: t.code }),
      async (tx) => {
        const current = await lockAllTiers(tx);
        if (!current.some((t) => t.id === id)) throw notFound('Tier', id);
        const { products: eligible = 0 } = await usages.of(tx, 'Tier', id);
        if (eligible > 0) throw conflict(`${eligible} product(s) are offered to this tier; remove the tier from them first`);
        await applyRanges(tx, current, null, id, adjustments);
        return tiers.remove(tx, id);
      },
    ),

  entitlements: (ctx: RequestContext, tierId: string) => ctx.loaders.get(entitlementsOfTier).load(tierId),

  /** Replace a tier's entitlements (benefits with quotas) as one audited change to the tier. */
  setBenefits: (ctx: RequestContext, tierId: string, version: number, entitlements: TierBenefitInput[]) =>
    inTransaction(ctx, async (tx) => {
      const ids = entitlements.map((e) => e.benefitId);
      const problems = entitlements.flatMap((e) => quotaViolations(e.annualQuota ?? null));
      if (new Set(ids).size !== ids.length)
        problems.push({ code: TierErrors.DUPLICATE_BENEFIT, field: 'entitlements', message: 'Each benefit appears once in a tier' });
      assertNoViolations(problems);
      const known = await tx.manager.findBy(Benefit, { id: In(ids) });
      const missing = ids.filter((id) => !known.some((b) => b.id === id));
      if (missing.length) throw notFound('Benefit', missing.join(', '));
      const before = await tx.manager.find(TierBenefit, { where: { tierId }, order: { benefitId: 'ASC' } });
      const tier = await tiers.touch(tx, tierId, version);
      await tx.manager.delete(TierBenefit, { tierId });
      if (entitlements.length) {
        await tx.manager.insert(
          TierBenefit,
          entitlements.map((e) =>
            tx.manager.create(TierBenefit, {
              id: newId(),
              tierId,
              benefitId: e.benefitId,
              annualQuota: e.annualQuota ?? null,
              exclusive: e.exclusive ?? false,
            }),
          ),
        );
      }
      await recordAudit(tx, AuditAction.UPDATE, 'Tier', tierId, { entitlements: shapeEntitlements(before) }, { entitlements: shapeEntitlements(entitlements) });
      return tier;
    }),
};
