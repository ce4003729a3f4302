import { formPages } from '../common';
import { ProductForm } from './ProductForm';
import { ProductShow } from './ProductShow';

/** The product pages that load when first opened (the list is part of the first screen: App imports it directly). */
export default {
  show: ProductShow,
  ...formPages(ProductForm),
};
