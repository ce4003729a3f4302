import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context';
import { createCrudResolver } from '../../common/crud.resolver';
import { Role } from '../../common/enums';
import { SavedSegment } from './saved-segment.entity';
import { CreateSavedSegmentArgs, SavedSegmentFilter, UpdateSavedSegmentArgs } from './saved-segment.inputs';
import { SavedSegmentService } from './saved-segment.service';

/** Saved segments (named filters) with how many customers each holds now. */
@Resolver(() => SavedSegment)
export class SavedSegmentResolver extends createCrudResolver({
  type: SavedSegment,
  plural: 'SavedSegments',
  filter: SavedSegmentFilter,
  createArgs: CreateSavedSegmentArgs,
  updateArgs: UpdateSavedSegmentArgs,
  service: SavedSegmentService,
  read: Role.VIEWER,
  write: Role.PRODUCT_MANAGER,
}) {
  @FieldResolver(() => Int, { description: 'How many customers are in the segment now' })
  size(@Root() segment: SavedSegment, @Ctx() ctx: RequestContext) {
    return SavedSegmentService.size(ctx, segment);
  }
}
