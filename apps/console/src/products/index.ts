import { formPages } from '../common';
import { ProductForm } from './ProductForm';
import { ProductList } from './ProductList';
import { ProductShow } from './ProductShow';

export default {
  list: ProductList,
  show: ProductShow,
  ...formPages(ProductForm),
};
