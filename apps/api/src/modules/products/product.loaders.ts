import type { DataSource } from 'typeorm';
import { byId, linked } from '../../common/persistence/loaders';
import { Tier } from '../tiers';
import { ProductComponent, ProductEligibleTier } from './product-links.entity';
import { Product } from './product.entity';

export const productById = (ds: DataSource) => byId(ds, Product);
export const eligibleTiersOfProduct = (ds: DataSource) => linked(ds, Tier, ProductEligibleTier, 'productId', 'tierId');
export const componentsOfBundle = (ds: DataSource) => linked(ds, Product, ProductComponent, 'bundleId', 'componentId', 'position');
