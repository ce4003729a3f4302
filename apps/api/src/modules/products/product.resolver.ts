import { Arg, Args, Ctx, Field, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ChangeOperation } from '@tierwise/domain';
import { ChangeArgs, ChangeRequestService, catalogueChanges, pendingChangesResolver, registerChange, versionOf } from '../approvals';
import { Allow } from '../../common/auth';
import { createCrudResolver } from '../../common/crud.resolver';
import type { RequestContext } from '../../common/context';
import { ChangeResource, ProductStatus, Role } from '../../common/enums';
import { PartnerInstitution, partnerById } from '../partners';
import { Tier } from '../tiers';
import { Product } from './product.entity';
import { ProductRevision } from './product-revision.entity';
import { CreateProductArgs, ProductFilter, UpdateProductArgs } from './product.inputs';
import { ProductService } from './product.service';
import { assertListSize, MAX_BATCH } from '../../common/errors';

@ObjectType('CountByKey')
class CountByKey {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CatalogueStats')
class CatalogueStats {
  @Field(() => [CountByKey])
  byStatus!: CountByKey[];

  @Field(() => [CountByKey])
  byType!: CountByKey[];

  @Field(() => [CountByKey])
  byRiskLevel!: CountByKey[];
}

/** A status change of several products, under four eyes like every product write: one request for the batch. */
registerChange<{ ids: string[]; status: ProductStatus }>({
  mutation: 'setProductsStatus',
  resource: ChangeResource.PRODUCT,
  operation: ChangeOperation.STATUS,
  targets: async (ctx, args) =>
    Promise.all(
      [...new Set(args.ids)].map(async (id) => {
        const p = await ProductService.get(ctx, id);
        return { recordId: id, label: p.code, version: p.version, before: { status: p.status } };
      }),
    ),
  proposed: (args) => ({ status: args.status }),
  run: (ctx, args) => ProductService.setStatus(ctx, args.ids, args.status),
  held: (ctx, args) => Promise.all(args.ids.map((id) => ProductService.get(ctx, id))),
  currentVersion: (ctx, id) => versionOf(() => ProductService.get(ctx, id)),
});

@Resolver(() => Product)
export class ProductResolver extends createCrudResolver({
  type: Product,
  plural: 'Products',
  filter: ProductFilter,
  createArgs: CreateProductArgs,
  updateArgs: UpdateProductArgs,
  service: ProductService,
  read: Role.VIEWER,
  write: Role.PRODUCT_MANAGER,
  guard: catalogueChanges({
    resource: ChangeResource.PRODUCT,
    typeName: 'Product',
    service: ProductService,
    extras: async (ctx, p) => ({ ...(await ProductService.links(ctx, p.id)) }),
  }),
}) {
  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => [Product], { description: 'Activate, suspend or retire several products at once (all or none)' })
  setProductsStatus(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID], { description: 'At most 1,000' }) ids: string[],
    @Arg('status', () => ProductStatus) status: ProductStatus,
    @Args(() => ChangeArgs) change: ChangeArgs,
  ) {
    assertListSize('ids', ids, MAX_BATCH);
    return ChangeRequestService.write(ctx, 'setProductsStatus', { ids, status }, change);
  }

  @Allow(Role.VIEWER)
  @Query(() => ProductRevision, { nullable: true, description: "A product's terms in force at an instant (null before it existed)" })
  productAt(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('at', () => GraphQLISODateTime) at: Date) {
    return ProductService.termsAt(ctx, id, at);
  }

  @Allow(Role.VIEWER)
  @Query(() => CatalogueStats, { description: 'Products by status, type and risk level' })
  catalogueStats(@Ctx() ctx: RequestContext) {
    return ProductService.stats(ctx);
  }

  @FieldResolver(() => PartnerInstitution, { nullable: true })
  issuer(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return product.issuerId ? ctx.loaders.get(partnerById).load(product.issuerId) : null;
  }

  @FieldResolver(() => [ID])
  async eligibleTierIds(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return (await ProductService.eligibleTiers(ctx, product.id)).map((t) => t.id);
  }

  @FieldResolver(() => [Tier])
  eligibleTiers(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return ProductService.eligibleTiers(ctx, product.id);
  }

  @FieldResolver(() => [ID], { description: 'For a bundle: its component products, in order' })
  async componentIds(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return (await ProductService.components(ctx, product.id)).map((c) => c.id);
  }

  @FieldResolver(() => [Product])
  components(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return ProductService.components(ctx, product.id);
  }
}

/** Four eyes: a product's pending changes. */
export const ProductPendingChangesResolver = pendingChangesResolver(Product);
