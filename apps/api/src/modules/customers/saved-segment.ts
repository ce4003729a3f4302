import { ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Resolver, Root } from 'type-graphql';
import { IsEnum, IsOptional, Length, MaxLength } from 'class-validator';
import { UpdateArgs, type ArgsClass } from '../../common/catalogue-args';
import type { RequestContext } from '../../common/context';
import { changesFrom, CrudRepository } from '../../common/crud';
import { createCrudResolver } from '../../common/crud.resolver';
import { inTransaction } from '../../common/context';
import { InvestorRiskLevel, LifeStage, Occupation, Role } from '../../common/enums';
import { conflict } from '../../common/errors';
import { BaseFilter, type ListArgs } from '../../common/list';
import { SavedSegment } from './saved-segment.entity';
import { segmentCells } from './segments.loaders';

@InputType('SavedSegmentFilter')
class SavedSegmentFilter extends BaseFilter {}

function withSegmentFields<T extends ArgsClass>(Base: T) {
  @ArgsType()
  class SegmentFields extends Base {
    @Field(() => ID, { nullable: true }) @IsOptional() @MaxLength(36) tierId?: string | null;
    @Field(() => InvestorRiskLevel, { nullable: true }) @IsOptional() @IsEnum(InvestorRiskLevel) riskLevel?: InvestorRiskLevel | null;
    @Field(() => LifeStage, { nullable: true }) @IsOptional() @IsEnum(LifeStage) lifeStage?: LifeStage | null;
    @Field(() => Occupation, { nullable: true }) @IsOptional() @IsEnum(Occupation) occupation?: Occupation | null;
  }
  return SegmentFields;
}

@ArgsType()
class CreateSavedSegmentArgs extends withSegmentFields(class {}) {
  @Field(() => String) @Length(1, 120) name!: string;
}

@ArgsType()
class UpdateSavedSegmentArgs extends withSegmentFields(UpdateArgs) {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 120) name?: string;
}

const segments = new CrudRepository(SavedSegment, 'SavedSegment', ['name', 'createdAt', 'updatedAt'], ['name']);

const SavedSegmentService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: SavedSegmentFilter) => segments.list(ctx, args, filter, undefined, { defaultSort: 'name' }),
  count: (ctx: RequestContext, filter?: SavedSegmentFilter) => segments.count(ctx, filter),
  get: (ctx: RequestContext, id: string) => segments.get(ctx, id),
  create: (ctx: RequestContext, args: CreateSavedSegmentArgs) => inTransaction(ctx, async (tx) => {
    if (await tx.manager.existsBy(SavedSegment, { name: args.name })) throw conflict(`A segment named ${args.name} already exists`);
    return segments.create(tx, args);
  }),
  update: (ctx: RequestContext, args: UpdateSavedSegmentArgs) =>
    inTransaction(ctx, async (tx) => (await segments.update(tx, args.id, args.version, changesFrom(args, ['name']))).after),
  delete: (ctx: RequestContext, id: string) => inTransaction(ctx, (tx) => segments.remove(tx, id)),
};

/** Saved segments (named filters) with how many customers each holds now. */
@Resolver(() => SavedSegment)
export class SavedSegmentResolver extends createCrudResolver({
  type: SavedSegment, plural: 'SavedSegments', filter: SavedSegmentFilter, createArgs: CreateSavedSegmentArgs, updateArgs: UpdateSavedSegmentArgs,
  service: SavedSegmentService, read: Role.VIEWER, write: Role.PRODUCT_MANAGER,
}) {
  @FieldResolver(() => Int, { description: 'How many customers are in the segment now' })
  async size(@Root() segment: SavedSegment, @Ctx() ctx: RequestContext) {
    const dimensions = ['tierId', 'riskLevel', 'lifeStage', 'occupation'] as const;
    const cells = await ctx.loaders.get(segmentCells).load('all');
    return cells.filter((cell) => dimensions.every((d) => segment[d] == null || cell[d] === segment[d])).reduce((n, cell) => n + cell.count, 0);
  }
}
