import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/**
 * A product's terms as they were from one instant on: every field and link (eligible tiers, components) at one version,
 * written with each change. The terms in force at any instant are the latest revision from before it; an order keeps
 * the version it was sold under.
 */
@ObjectType('ProductRevision', { simpleResolvers: true })
@Entity('product_revision')
@Index('UQ_product_revision_version', ['productId', 'version'], { unique: true })
@Index('IDX_product_revision_from', ['productId', 'effectiveFrom'])
export class ProductRevision {
  @Field(() => ID)
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 36 })
  productId!: string;

  @Field(() => Int, { description: "The product's version these terms are" })
  @Column({ type: 'int' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: 'In force from this instant until the next revision' })
  @Column({ type: 'datetime', precision: 6 })
  effectiveFrom!: Date;

  @Field(() => GraphQLJSONObject, { description: 'Every field of the product at this version, with eligibleTierIds and componentIds' })
  @Column({ type: 'simple-json' })
  terms!: Record<string, unknown>;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  recordedBy!: string;
}
