import { Arg, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Length } from 'class-validator';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { DecimalScalar } from '../../common/scalars';
import { SegmentService } from './segments.service';
import { assertListSize } from '../../common/errors';

@ObjectType('SegmentCount')
class SegmentCountType {
  @Field(() => ID, { nullable: true }) tierId!: string | null;
  @Field(() => String, { nullable: true }) riskLevel!: string | null;
  @Field(() => String, { nullable: true }) lifeStage!: string | null;
  @Field(() => String, { nullable: true }) occupation!: string | null;
  @Field(() => Int) count!: number;
}

@ObjectType('ProfileCoverage', { description: 'Customers with a complete profile: tier, valid risk assessment, life stage, occupation' })
class ProfileCoverageType {
  @Field(() => Int) total!: number;
  @Field(() => Int) complete!: number;
  @Field(() => String, { description: 'complete ÷ total, 4 decimals (the plan targets ≥ 0.9)' }) ratio!: string;
}

@InputType('ProposedTierRangeInput')
class ProposedTierRangeInput {
  @Field(() => String) @Length(1, 40) code!: string;
  @Field(() => DecimalScalar) minAum!: string;
  @Field(() => DecimalScalar, { nullable: true }) maxAum!: string | null;
}

@ObjectType('TierMove')
class TierMoveType {
  @Field(() => String, { nullable: true, description: 'Current tier code (null: not tiered yet)' }) fromTier!: string | null;
  @Field(() => String) toTier!: string;
  @Field(() => Int) count!: number;
}

/** Segments and the profile KPI, read-only. */
@Resolver()
export class SegmentResolver {
  @Allow(Role.VIEWER)
  @Query(() => [SegmentCountType], { description: 'Customers per tier × risk level × life stage × occupation' })
  segmentCounts(@Ctx() ctx: RequestContext) {
    return SegmentService.segmentCounts(ctx);
  }

  @Allow(Role.VIEWER)
  @Query(() => ProfileCoverageType)
  profileCoverage(@Ctx() ctx: RequestContext) {
    return SegmentService.profileCoverage(ctx);
  }

  @Allow(Role.VIEWER)
  @Query(() => [TierMoveType], { description: 'How many customers would move between tiers under proposed ranges (nothing is saved)' })
  tierChangePreview(
    @Ctx() ctx: RequestContext,
    @Arg('ranges', () => [ProposedTierRangeInput], { description: 'At most 50' }) ranges: ProposedTierRangeInput[],
  ) {
    assertListSize('ranges', ranges, 50);
    return SegmentService.tierChangePreview(ctx, ranges);
  }
}
