import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ListArgs, ListMetadata } from '../../common/list';
import { PartnerInstitution } from './partner.entity';
import { CreatePartnerInstitutionArgs, PartnerInstitutionFilter, UpdatePartnerInstitutionArgs } from './partner.inputs';
import { PartnerService } from './partner.service';

@Resolver(() => PartnerInstitution)
export class PartnerInstitutionResolver {
  @Allow(Role.VIEWER)
  @Query(() => [PartnerInstitution], { name: 'allPartnerInstitutions' })
  all(@Ctx() ctx: RequestContext, @Args(() => ListArgs) args: ListArgs,
    @Arg('filter', () => PartnerInstitutionFilter, { nullable: true }) filter?: PartnerInstitutionFilter) {
    return PartnerService.list(ctx, args, filter);
  }

  @Allow(Role.VIEWER)
  @Query(() => ListMetadata, { name: '_allPartnerInstitutionsMeta' })
  async meta(@Ctx() ctx: RequestContext, @Args(() => ListArgs) _args: ListArgs,
    @Arg('filter', () => PartnerInstitutionFilter, { nullable: true }) filter?: PartnerInstitutionFilter) {
    return { count: await PartnerService.count(ctx, filter) };
  }

  @Allow(Role.VIEWER)
  @Query(() => PartnerInstitution, { name: 'PartnerInstitution' })
  one(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return PartnerService.get(ctx, id);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => PartnerInstitution)
  createPartnerInstitution(@Ctx() ctx: RequestContext, @Args(() => CreatePartnerInstitutionArgs) args: CreatePartnerInstitutionArgs) {
    return PartnerService.create(ctx, args);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => PartnerInstitution)
  updatePartnerInstitution(@Ctx() ctx: RequestContext, @Args(() => UpdatePartnerInstitutionArgs) args: UpdatePartnerInstitutionArgs) {
    return PartnerService.update(ctx, args);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => PartnerInstitution)
  deletePartnerInstitution(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return PartnerService.delete(ctx, id);
  }
}
