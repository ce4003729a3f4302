import { Column, Entity, Index } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { NeedType } from '../../common/enums';
import { CatalogueRecord } from '../../common/persistence/columns';

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

  @Field(() => Boolean, {
    description: "The package's partners may refer orders for its products (orders:refer); the institution completes each order",
  })
  @Column({ type: 'boolean', default: false })
  partnerOrders!: boolean;
}
