import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../common/auth';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { ListArgs, ListMetadata } from '../../common/list';
import { PartnerInstitution } from '../partners/partner.entity';
import { Tier } from '../tiers/tier.entity';
import { Product } from './product.entity';
import { CreateProductArgs, ProductFilter, UpdateProductArgs } from './product.inputs';
import { ProductService } from './product.service';

@Resolver(() => Product)
export class ProductResolver {
  @Allow(Role.VIEWER)
  @Query(() => [Product], { name: 'allProducts' })
  all(@Ctx() ctx: RequestContext, @Args(() => ListArgs) args: ListArgs, @Arg('filter', () => ProductFilter, { nullable: true }) filter?: ProductFilter) {
    return ProductService.list(ctx, args, filter);
  }

  @Allow(Role.VIEWER)
  @Query(() => ListMetadata, { name: '_allProductsMeta' })
  async meta(@Ctx() ctx: RequestContext, @Args(() => ListArgs) _args: ListArgs, @Arg('filter', () => ProductFilter, { nullable: true }) filter?: ProductFilter) {
    return { count: await ProductService.count(ctx, filter) };
  }

  @Allow(Role.VIEWER)
  @Query(() => Product, { name: 'Product' })
  one(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ProductService.get(ctx, id);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Product)
  createProduct(@Ctx() ctx: RequestContext, @Args(() => CreateProductArgs) args: CreateProductArgs) {
    return ProductService.create(ctx, args);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Product)
  updateProduct(@Ctx() ctx: RequestContext, @Args(() => UpdateProductArgs) args: UpdateProductArgs) {
    return ProductService.update(ctx, args);
  }

  @Allow(Role.PRODUCT_MANAGER)
  @Mutation(() => Product)
  deleteProduct(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ProductService.delete(ctx, id);
  }

  @FieldResolver(() => PartnerInstitution, { nullable: true })
  issuer(@Root() product: Product, @Ctx() ctx: RequestContext) {
    return product.issuerId ? ctx.loaders.partner.load(product.issuerId) : null;
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
