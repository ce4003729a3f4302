import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { createCrudResolver } from '../../common/crud.resolver';
import type { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { PartnerInstitution } from '../partners/partner.entity';
import { Tier } from '../tiers/tier.entity';
import { Product } from './product.entity';
import { CreateProductArgs, ProductFilter, UpdateProductArgs } from './product.inputs';
import { ProductService } from './product.service';

@Resolver(() => Product)
export class ProductResolver extends createCrudResolver({
  type: Product, plural: 'Products', filter: ProductFilter, createArgs: CreateProductArgs, updateArgs: UpdateProductArgs,
  service: ProductService, read: Role.VIEWER, write: Role.PRODUCT_MANAGER,
}) {
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
