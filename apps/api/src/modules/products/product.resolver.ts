import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../common/auth';
import { createCrudResolver } from '../../common/crud.resolver';
import type { RequestContext } from '../../common/context';
import { ProductStatus, Role } from '../../common/enums';
import { PartnerInstitution, partnerById } from '../partners';
import { Tier } from '../tiers';
import { Product } from './product.entity';
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
}) {
  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => [Product], { description: 'Activate, suspend or retire several products at once (all or none)' })
  setProductsStatus(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID], { description: 'At most 1,000' }) ids: string[],
    @Arg('status', () => ProductStatus) status: ProductStatus,
  ) {
    assertListSize('ids', ids, MAX_BATCH);
    return ProductService.setStatus(ctx, ids, status);
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
