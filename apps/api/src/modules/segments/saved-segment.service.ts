import { inTransaction, type RequestContext } from '../../common/context';
import { changesFrom, CrudRepository } from '../../common/crud';
import { conflict } from '../../common/errors';
import type { ListArgs } from '../../common/list';
import { SavedSegment } from './saved-segment.entity';
import type { CreateSavedSegmentArgs, SavedSegmentFilter, UpdateSavedSegmentArgs } from './saved-segment.inputs';
import { segmentCells } from './segments.loaders';

const segments = new CrudRepository(SavedSegment, 'SavedSegment', ['name', 'createdAt', 'updatedAt'], ['name']);
const DIMENSIONS = ['tierId', 'riskLevel', 'lifeStage', 'occupation'] as const;

/** Saved segments: named filters over the customer base. */
export const SavedSegmentService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: SavedSegmentFilter) => segments.list(ctx, args, filter, undefined, { defaultSort: 'name' }),
  count: (ctx: RequestContext, filter?: SavedSegmentFilter) => segments.count(ctx, filter),
  get: (ctx: RequestContext, id: string) => segments.get(ctx, id),
  create: (ctx: RequestContext, args: CreateSavedSegmentArgs) =>
    inTransaction(ctx, async (tx) => {
      if (await tx.manager.existsBy(SavedSegment, { name: args.name })) throw conflict(`A segment named ${args.name} already exists`);
      return segments.create(tx, args);
    }),
  update: (ctx: RequestContext, args: UpdateSavedSegmentArgs) =>
    inTransaction(ctx, async (tx) => (await segments.update(tx, args.id, args.version, changesFrom(args, ['name']))).after),
  delete: (ctx: RequestContext, id: string) => inTransaction(ctx, (tx) => segments.remove(tx, id)),

  /** How many customers the segment holds now (one count per segment cell per request, shared by every segment). */
  async size(ctx: RequestContext, segment: SavedSegment): Promise<number> {
    const cells = await ctx.loaders.get(segmentCells).load('all');
    return cells.filter((cell) => DIMENSIONS.every((d) => segment[d] == null || cell[d] === segment[d])).reduce((n, cell) => n + cell.count, 0);
  },
};
