import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { ChangeOperation } from '@tierwise/domain';
import { ChangeArgs, ChangeRequestService, catalogueChanges, pendingChangesResolver, registerChange, versionOf, type ChangeTargetRef } from '../approvals';
import { events } from '../../common/events';
import { createWriteResolver } from '../../common/crud.resolver';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { ChangeResource, Role } from '../../common/enums';
import { TierBenefit } from './tier-benefit.entity';
import { Tier } from './tier.entity';
import { CreateTierArgs, TierBenefitInput, TierFilter, TierRangeInput, UpdateTierArgs } from './tier.inputs';
import { shapeEntitlements, TierService } from './tier.service';
import { assertListSize } from '../../common/errors';

/** A tier as a change compares it: its range, promise and entitlements. */
async function tierTarget(ctx: RequestContext, id: string): Promise<ChangeTargetRef> {
  const t = await TierService.get(ctx, id);
  return {
    recordId: id,
    label: t.code,
    version: t.version,
    before: {
      code: t.code,
      name: t.name,
      nameEn: t.nameEn,
      minAum: t.minAum,
      maxAum: t.maxAum,
      responseSlaMinutes: t.responseSlaMinutes,
      advisorModel: t.advisorModel,
      entitlements: shapeEntitlements(await TierService.entitlements(ctx, id)),
    },
  };
}
const tierVersion = (ctx: RequestContext, id: string) => versionOf(() => TierService.get(ctx, id));
/** Once a range change is applied (it committed), every customer is re-tiered on the new ranges. */
const retier = (code: 'TIER_CREATED' | 'TIER_RANGE_EDITED' | 'RANGES_EDITED' | 'TIER_DELETED') => async (ctx: RequestContext) =>
  events.publish(ctx, 'tierRangesChanged', { code });

registerChange<{ ranges: TierRangeInput[] }>({
  mutation: 'updateTierRanges',
  resource: ChangeResource.TIER,
  operation: ChangeOperation.UPDATE,
  targets: (ctx, args) => Promise.all(args.ranges.map((r) => tierTarget(ctx, r.id))),
  proposed: (args, t) => {
    const r = args.ranges.find((x) => x.id === t!.recordId)!;
    return { minAum: r.minAum, maxAum: r.maxAum ?? null };
  },
  run: (ctx, args) => TierService.updateRanges(ctx, args.ranges),
  held: (ctx) => TierService.list(ctx, { perPage: 100, sortField: 'minAum' }),
  currentVersion: tierVersion,
  afterApply: retier('RANGES_EDITED'),
});

registerChange<{ id: string; adjustments?: TierRangeInput[] }>({
  mutation: 'deleteTier',
  resource: ChangeResource.TIER,
  operation: ChangeOperation.DELETE,
  targets: (ctx, args) => Promise.all([args.id, ...(args.adjustments ?? []).map((a) => a.id)].map((id) => tierTarget(ctx, id))),
  proposed: (args, t) => {
    if (t!.recordId === args.id) return null;
    const a = args.adjustments!.find((x) => x.id === t!.recordId)!;
    return { minAum: a.minAum, maxAum: a.maxAum ?? null };
  },
  run: (ctx, args) => TierService.delete(ctx, args.id, args.adjustments),
  held: (ctx, args) => TierService.get(ctx, args.id),
  currentVersion: tierVersion,
  afterApply: retier('TIER_DELETED'),
});

registerChange<{ tierId: string; version: number; entitlements: TierBenefitInput[] }>({
  mutation: 'setTierBenefits',
  resource: ChangeResource.TIER,
  operation: ChangeOperation.UPDATE,
  targets: async (ctx, args) => [await tierTarget(ctx, args.tierId)],
  proposed: (args) => ({ entitlements: shapeEntitlements(args.entitlements) }),
  run: (ctx, args) => TierService.setBenefits(ctx, args.tierId, args.version, args.entitlements),
  held: (ctx, args) => TierService.get(ctx, args.tierId),
  currentVersion: tierVersion,
});

@Resolver(() => Tier)
export class TierResolver extends createWriteResolver({
  type: Tier,
  plural: 'Tiers',
  filter: TierFilter,
  createArgs: CreateTierArgs,
  updateArgs: UpdateTierArgs,
  service: TierService,
  read: Role.VIEWER,
  write: Role.PRODUCT_MANAGER,
  guard: catalogueChanges({
    resource: ChangeResource.TIER,
    typeName: 'Tier',
    service: { get: TierService.get, create: TierService.create, update: TierService.update }, // deleteTier takes adjustments: registered above
    extras: async (ctx, t) => ({ entitlements: shapeEntitlements(await TierService.entitlements(ctx, t.id)) }),
    afterApply: async (ctx, args) => {
      const a = args as { id?: string; minAum?: string; maxAum?: string | null; adjustments?: unknown[] };
      if (!a.id) await retier('TIER_CREATED')(ctx);
      else if (a.minAum !== undefined || a.maxAum !== undefined || a.adjustments?.length) await retier('TIER_RANGE_EDITED')(ctx);
    },
  }),
}) {
  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => [Tier], { description: 'Move the boundaries of several tiers at once; the result must still partition [0, ∞)' })
  updateTierRanges(
    @Ctx() ctx: RequestContext,
    @Arg('ranges', () => [TierRangeInput], { description: 'At most 50' }) ranges: TierRangeInput[],
    @Args(() => ChangeArgs) change: ChangeArgs,
  ) {
    assertListSize('ranges', ranges, 50);
    return ChangeRequestService.write(ctx, 'updateTierRanges', { ranges }, change);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Tier, { description: 'Delete a tier; the neighbours that take over its range go in `adjustments`' })
  deleteTier(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Args(() => ChangeArgs) change: ChangeArgs,
    @Arg('adjustments', () => [TierRangeInput], { nullable: true, description: 'At most 50' }) adjustments?: TierRangeInput[],
  ) {
    assertListSize('adjustments', adjustments, 50);
    return ChangeRequestService.write(ctx, 'deleteTier', { id, adjustments }, change);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Tier, { description: "Replace a tier's benefits and quotas (send the tier's version)" })
  setTierBenefits(
    @Ctx() ctx: RequestContext,
    @Arg('tierId', () => ID) tierId: string,
    @Arg('version', () => Int) version: number,
    @Arg('entitlements', () => [TierBenefitInput], { description: 'At most 100' }) entitlements: TierBenefitInput[],
    @Args(() => ChangeArgs) change: ChangeArgs,
  ) {
    assertListSize('entitlements', entitlements, 100);
    return ChangeRequestService.write(ctx, 'setTierBenefits', { tierId, version, entitlements }, change);
  }

  @FieldResolver(() => [TierBenefit], { description: 'The benefits this tier grants, with quotas' })
  entitlements(@Root() tier: Tier, @Ctx() ctx: RequestContext) {
    return TierService.entitlements(ctx, tier.id);
  }
}

/** Four eyes: a tier's pending changes. */
export const TierPendingChangesResolver = pendingChangesResolver(Tier);
