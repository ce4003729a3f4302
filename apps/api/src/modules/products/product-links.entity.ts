import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Tier } from '../tiers';
import { Product } from './product.entity';

/** A tier whose customers may be offered the product. */
@Entity('product_eligible_tier')
export class ProductEligibleTier {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  productId!: string;

  @Index('IDX_product_eligible_tier_tier')
  @PrimaryColumn({ type: 'varchar', length: 36 })
  tierId!: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'productId', foreignKeyConstraintName: 'FK_product_eligible_tier_product' })
  product?: Product;

  @ManyToOne(() => Tier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tierId', foreignKeyConstraintName: 'FK_product_eligible_tier_tier' })
  tier?: Tier;
}

/** A component of a bundle product, in the order the bundle lists them. */
@Entity('product_component')
export class ProductComponent {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  bundleId!: string;

  @Index('IDX_product_component_component')
  @PrimaryColumn({ type: 'varchar', length: 36 })
  componentId!: string;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bundleId', foreignKeyConstraintName: 'FK_product_component_bundle' })
  bundle?: Product;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'componentId', foreignKeyConstraintName: 'FK_product_component_component' })
  component?: Product;
}
