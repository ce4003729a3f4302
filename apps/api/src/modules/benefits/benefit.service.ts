import { changesFrom, CrudRepository, equalityFilter } from '../../common/crud';
import { inTransaction, type RequestContext } from '../../common/context';
import { notFound } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { PartnerInstitution } from '../partners';
import { Benefit } from './benefit.entity';
import type { BenefitFilter, CreateBenefitArgs, UpdateBenefitArgs } from './benefit.inputs';

const benefits = new CrudRepository(Benefit, 'Benefit', ['code', 'name', 'nameEn', 'category', 'status', 'createdAt', 'updatedAt'], ['code', 'name', 'nameEn']);

const narrow = equalityFilter<BenefitFilter>(['category', 'status', 'providerId']);

async function assertProvider(tx: RequestContext, providerId: string | null | undefined) {
  if (providerId && !(await tx.manager.existsBy(PartnerInstitution, { id: providerId }))) throw notFound('PartnerInstitution', providerId);
}

/** Benefits (value-added services) that tiers grant; entitlements are edited on the tier. */
export const BenefitService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: BenefitFilter) => benefits.list(ctx, args, filter, narrow(filter)),
  count: (ctx: RequestContext, filter?: BenefitFilter) => benefits.count(ctx, filter, narrow(filter)),
  get: (ctx: RequestContext, id: string) => benefits.get(ctx, id),

  create: (ctx: RequestContext, args: CreateBenefitArgs) =>
    inTransaction(ctx, async (tx) => {
      await assertProvider(tx, args.providerId);
      return benefits.create(tx, args);
    }),

  update: (ctx: RequestContext, args: UpdateBenefitArgs) =>
    inTransaction(ctx, async (tx) => {
      await assertProvider(tx, args.providerId);
      return (await benefits.update(tx, args.id, args.version, changesFrom(args, ['code', 'name', 'category', 'status']))).after;
    }),

  /** Deleting a benefit also ends every tier's entitlement to it. */
  delete: (ctx: RequestContext, id: string) => inTransaction(ctx, (tx) => benefits.remove(tx, id)),
};
