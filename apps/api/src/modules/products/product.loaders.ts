import { byId, linked, type RowSource } from '../../common/persistence/loaders';
import { Tier } from '../tiers';
import { ProductComponent, ProductEligibleTier } from './product-links.entity';
import { Product } from './product.entity';

export const productById = (ds: RowSource) => byId(ds, Product);
export const eligibleTiersOfProduct = (ds: RowSource) => linked(ds, Tier, ProductEligibleTier, 'productId', 'tierId');
export const componentsOfBundle = (ds: RowSource) => linked(ds, Product, ProductComponent, 'bundleId', 'componentId', 'position');
