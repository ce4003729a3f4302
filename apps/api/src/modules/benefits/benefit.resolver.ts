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
import { partnerById } from '../partners/partner.loaders';
import { benefitById, entitlementsOfBenefit } from './benefit.loaders';
import { tierById } from '../tiers/tier.loaders';

@Resolver(() => Benefit)
export class BenefitResolver extends createCrudResolver({
  type: Benefit, plural: 'Benefits', filter: BenefitFilter, createArgs: CreateBenefitArgs, updateArgs: UpdateBenefitArgs,
  service: BenefitService, read: Role.VIEWER, write: Role.PRODUCT_MANAGER,
}) {
  @FieldResolver(() => PartnerInstitution, { nullable: true })
  provider(@Root() benefit: Benefit, @Ctx() ctx: RequestContext) {
    return benefit.providerId ? ctx.loaders.get(partnerById).load(benefit.providerId) : null;
  }

  @FieldResolver(() => [TierBenefit], { description: 'The tiers that grant this benefit, with their quotas' })
  entitlements(@Root() benefit: Benefit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(entitlementsOfBenefit).load(benefit.id);
  }
}

@Resolver(() => TierBenefit)
export class TierBenefitResolver {
  @FieldResolver(() => Benefit, { nullable: true })
  benefit(@Root() row: TierBenefit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(benefitById).load(row.benefitId);
  }

  @FieldResolver(() => Tier, { nullable: true })
  tier(@Root() row: TierBenefit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(tierById).load(row.tierId);
  }
}
