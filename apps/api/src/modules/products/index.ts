// modules/products: The product catalogue. Other modules and the app import only this file.
import { Product } from './product.entity';
import { ProductRevision } from './product-revision.entity';
import { ProductComponent, ProductEligibleTier } from './product-links.entity';
import { ProductPendingChangesResolver, ProductResolver } from './product.resolver';
export { ProductComponent, ProductEligibleTier } from './product-links.entity';
export { Product } from './product.entity';
export { ProductRevision } from './product-revision.entity';
export type { CreateProductArgs } from './product.inputs';
export { productById } from './product.loaders';
export { suitabilityProduct } from './product-suitability';
export { ProductResolver } from './product.resolver';
export { ProductService } from './product.service';

/** The entities this module owns (the app assembles the data source from every module's list). */
export const entities = [Product, ProductEligibleTier, ProductComponent, ProductRevision];
/** The resolvers this module adds to the schema. */
export const resolvers = [ProductResolver, ProductPendingChangesResolver];
