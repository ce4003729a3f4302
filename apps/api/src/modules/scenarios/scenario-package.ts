import { Column, Entity, Index, In } from 'typeorm';
import { ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Arg, Resolver, Root } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { needMatchReason, recommendableFor } from '@tierwise/domain';
import { Allow } from '../../common/auth';
import { CreateCatalogueArgs, UpdateCatalogueArgs, type ArgsClass } from '../../common/catalogue-args';
import { inTransaction, type RequestContext } from '../../common/context';
import { changesFrom, CrudRepository } from '../../common/crud';
import { createCrudResolver } from '../../common/crud.resolver';
import { NeedType, Role } from '../../common/enums';
import { assertNoViolations, notFound } from '../../common/errors';
import { BaseFilter, type ListArgs } from '../../common/list';
import { CatalogueRecord } from '../../common/persistence/columns';
import { Benefit } from '../benefits/benefit.entity';
import { Customer } from '../customers/customer.entity';
import { recommendationProfile } from '../customers/customer-profile';
import { NeedService } from '../needs/needs.service';
import { PartnerInstitution } from '../partners/partner.entity';
import { Product } from '../products/product.entity';
import { activeCatalogue } from '../recommendations/catalogue-cache';
import { RecommendationReasonType } from '../recommendations/recommendation.resolver';
import { partnerById } from '../partners/partner.loaders';
import { benefitById } from '../benefits/benefit.loaders';

/**
 * A scenario package (home purchase, study abroad, retirement…): products, partner services and benefits offered
 * together when the customer's need for the scenario is detected. Ids are checked on every write; a product that
 * later leaves the catalogue simply drops out of what is recommended.
 */
@ObjectType('ScenarioPackage', { simpleResolvers: true })
@Entity('scenario_package')
@Index('UQ_scenario_package_code', ['code'], { unique: true })
export class ScenarioPackage extends CatalogueRecord {
  @Field(() => NeedType, { description: 'The need that brings the package forward' })
  @Column({ type: 'varchar', length: 32 })
  need!: NeedType;

  @Field(() => String, { nullable: true, description: 'In Chinese' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'In English' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  descriptionEn!: string | null;

  @Field(() => [ID])
  @Column({ type: 'simple-json' })
  productIds!: string[];

  @Field(() => [ID], { description: 'Partner institutions providing the services (agency, school adviser…)' })
  @Column({ type: 'simple-json' })
  partnerIds!: string[];

  @Field(() => [ID])
  @Column({ type: 'simple-json' })
  benefitIds!: string[];

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

@InputType('ScenarioPackageFilter')
class ScenarioPackageFilter extends BaseFilter {}

function withPackageFields<T extends ArgsClass>(Base: T, required: boolean) {
  @ArgsType()
  class PackageFields extends Base {
    @Field(() => NeedType, { nullable: !required }) @IsOptional() @IsEnum(NeedType) need?: NeedType;
    @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?: string | null;
    @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) descriptionEn?: string | null;
    @Field(() => [ID], { nullable: true, description: 'At most 20' }) @IsOptional() @ArrayMaxSize(20) productIds?: string[];
    @Field(() => [ID], { nullable: true, description: 'At most 20' }) @IsOptional() @ArrayMaxSize(20) partnerIds?: string[];
    @Field(() => [ID], { nullable: true, description: 'At most 20' }) @IsOptional() @ArrayMaxSize(20) benefitIds?: string[];
    @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  }
  return PackageFields;
}

@ArgsType()
class CreateScenarioPackageArgs extends withPackageFields(CreateCatalogueArgs, true) {
  declare need: NeedType;
}

@ArgsType()
class UpdateScenarioPackageArgs extends withPackageFields(UpdateCatalogueArgs, false) {}

const packages = new CrudRepository(ScenarioPackage, 'ScenarioPackage', ['code', 'name', 'need', 'createdAt', 'updatedAt'], ['code', 'name', 'nameEn']);

/** Every id named exists, or the whole write is refused naming the missing ones. */
async function assertComponentsExist(tx: RequestContext, args: { productIds?: string[]; partnerIds?: string[]; benefitIds?: string[] }) {
  const problems = [];
  for (const [field, entity, ids] of [['productIds', Product, args.productIds], ['partnerIds', PartnerInstitution, args.partnerIds], ['benefitIds', Benefit, args.benefitIds]] as const) {
    if (!ids?.length) continue;
    const found = new Set((await tx.manager.find(entity, { select: { id: true }, where: { id: In(ids) } })).map((r) => r.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) problems.push({ field, code: 'UNKNOWN_COMPONENT', message: `${field}: no such record ${missing.join(', ')}` });
  }
  assertNoViolations(problems);
}

export const ScenarioPackageService = {
  list: (ctx: RequestContext, args: ListArgs, filter?: ScenarioPackageFilter) => packages.list(ctx, args, filter, undefined, { defaultSort: 'code' }),
  count: (ctx: RequestContext, filter?: ScenarioPackageFilter) => packages.count(ctx, filter),
  get: (ctx: RequestContext, id: string) => packages.get(ctx, id),
  create: (ctx: RequestContext, args: CreateScenarioPackageArgs) => inTransaction(ctx, async (tx) => {
    await assertComponentsExist(tx, args);
    return packages.create(tx, { ...args, productIds: args.productIds ?? [], partnerIds: args.partnerIds ?? [], benefitIds: args.benefitIds ?? [], active: args.active ?? true });
  }),
  update: (ctx: RequestContext, args: UpdateScenarioPackageArgs) => inTransaction(ctx, async (tx) => {
    await assertComponentsExist(tx, args);
    return (await packages.update(tx, args.id, args.version, changesFrom(args, ['code', 'name', 'need', 'productIds', 'partnerIds', 'benefitIds', 'active']))).after;
  }),
  delete: (ctx: RequestContext, id: string) => inTransaction(ctx, (tx) => packages.remove(tx, id)),

  /**
   * The active packages for the customer's needs in force, strongest need first. Each keeps only the products the
   * customer may be offered (suitability and affordability, as for single recommendations); the rest are counted.
   */
  async forCustomer(ctx: RequestContext, customerId: string, now = new Date()) {
    const customer = await ctx.manager.findOneBy(Customer, { id: customerId });
    if (!customer) throw notFound('Customer', customerId);
    const needs = await NeedService.active(ctx, customerId, now);
    if (needs.length === 0) return [];
    const matching = await ctx.manager.find(ScenarioPackage, { where: { active: true, need: In(needs.map((n) => n.need)) } });
    // Only active products can be offered: the cached active catalogue has them with their eligible tiers.
    const catalogue = await activeCatalogue(ctx.manager);
    const products = [...new Set(matching.flatMap((p) => p.productIds))].flatMap((id) => catalogue.byId.get(id) ?? []);
    const check = recommendableFor(recommendationProfile(customer, { needs }), now);
    const suitable = new Set(products.filter((p) => check.allows(p)).map((p) => p.id));
    const weightOf = new Map(needs.map((n) => [n.need, n.weight]));
    return matching
      .sort((a, b) => (weightOf.get(b.need)! - weightOf.get(a.need)!) || a.code.localeCompare(b.code))
      .map((pkg) => ({
        package: pkg,
        products: products.filter((p) => pkg.productIds.includes(p.id) && suitable.has(p.id)),
        withheldProducts: pkg.productIds.filter((id) => !suitable.has(id)).length,
        reasons: [needMatchReason(pkg.need)],
      }));
  },
};

@ObjectType('ScenarioRecommendation', { description: 'A scenario package recommended as a whole, with the products this customer may be offered' })
class ScenarioRecommendation {
  @Field(() => ScenarioPackage) package!: ScenarioPackage;
  @Field(() => [Product], { description: 'The package products the customer may be offered' }) products!: Product[];
  @Field(() => Int, { description: 'Package products held back for this customer (suitability, tier or minimum investment)' }) withheldProducts!: number;
  @Field(() => [RecommendationReasonType]) reasons!: RecommendationReasonType[];
}

@Resolver(() => ScenarioPackage)
export class ScenarioPackageResolver extends createCrudResolver({
  type: ScenarioPackage, plural: 'ScenarioPackages', filter: ScenarioPackageFilter, createArgs: CreateScenarioPackageArgs, updateArgs: UpdateScenarioPackageArgs,
  service: ScenarioPackageService, read: Role.VIEWER, write: Role.PRODUCT_MANAGER,
}) {
  @FieldResolver(() => [PartnerInstitution])
  async partners(@Root() pkg: ScenarioPackage, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(partnerById).loadMany(pkg.partnerIds)).filter((p): p is PartnerInstitution => !!p && !(p instanceof Error));
  }

  @FieldResolver(() => [Benefit])
  async benefits(@Root() pkg: ScenarioPackage, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(benefitById).loadMany(pkg.benefitIds)).filter((b): b is Benefit => !!b && !(b instanceof Error));
  }

  @Allow(Role.VIEWER)
  @Query(() => [ScenarioRecommendation], { description: "Scenario packages for the customer's detected needs, each as a whole, strongest need first" })
  scenarioRecommendations(@Ctx() ctx: RequestContext, @Arg('customerId', () => ID) customerId: string) {
    return ScenarioPackageService.forCustomer(ctx, customerId);
  }
}
