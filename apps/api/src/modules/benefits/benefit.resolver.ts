import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { createCrudResolver } from '../../common/crud.resolver';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { PartnerInstitution } from '../partners/partner.entity';
import { Tier } from '../tiers/tier.entity';
import { Benefit } from './benefit.entity';
import { BenefitFilter, CreateBenefitArgs, UpdateBenefitArgs } from './benefit.inputs';
import { BenefitService } from './benefit.service';
import { TierBenefit } from './tier-benefit.entity';

@Resolver(() => Benefit)
export class BenefitResolver extends createCrudResolver({
  type: Benefit, plural: 'Benefits', filter: BenefitFilter, createArgs: CreateBenefitArgs, updateArgs: UpdateBenefitArgs,
  service: BenefitService, read: Role.VIEWER, write: Role.PRODUCT_MANAGER,
}) {
  @FieldResolver(() => PartnerInstitution, { nullable: true })
  provider(@Root() benefit: Benefit, @Ctx() ctx: RequestContext) {
    return benefit.providerId ? ctx.loaders.partner.load(benefit.providerId) : null;
  }

  @FieldResolver(() => [TierBenefit], { description: 'The tiers that grant this benefit, with their quotas' })
  entitlements(@Root() benefit: Benefit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.entitlementsOfBenefit.load(benefit.id);
  }
}

@Resolver(() => TierBenefit)
export class TierBenefitResolver {
  @FieldResolver(() => Benefit, { nullable: true })
  benefit(@Root() row: TierBenefit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.benefit.load(row.benefitId);
  }

  @FieldResolver(() => Tier, { nullable: true })
  tier(@Root() row: TierBenefit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.tier.load(row.tierId);
  }
}
