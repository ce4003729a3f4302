import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { createCrudResolver } from '../../common/crud.resolver';
import { catalogueChanges, pendingChangesResolver } from '../approvals';
import { ChangeResource } from '../../common/enums';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { PartnerInstitution, partnerById } from '../partners';
import { Benefit } from './benefit.entity';
import { BenefitFilter, CreateBenefitArgs, UpdateBenefitArgs } from './benefit.inputs';
import { BenefitService } from './benefit.service';

@Resolver(() => Benefit)
export class BenefitResolver extends createCrudResolver({
  type: Benefit,
  plural: 'Benefits',
  filter: BenefitFilter,
  createArgs: CreateBenefitArgs,
  updateArgs: UpdateBenefitArgs,
  service: BenefitService,
  read: Role.VIEWER,
  write: Role.PRODUCT_MANAGER,
  guard: catalogueChanges({ resource: ChangeResource.BENEFIT, typeName: 'Benefit', service: BenefitService }),
}) {
  @FieldResolver(() => PartnerInstitution, { nullable: true })
  provider(@Root() benefit: Benefit, @Ctx() ctx: RequestContext) {
    return benefit.providerId ? ctx.loaders.get(partnerById).load(benefit.providerId) : null;
  }
}

/** Four eyes: a Benefit's pending changes. */
export const BenefitPendingChangesResolver = pendingChangesResolver(Benefit);
