import Inventory2 from '@mui/icons-material/Inventory2';
import { formPages } from '../common';
import { ProductForm } from './ProductForm';
import { ProductList } from './ProductList';
import { ProductShow } from './ProductShow';
import { localCodeAndName } from '../fields';

export default {
  list: ProductList,
  show: ProductShow,
  ...formPages(ProductForm),
  icon: Inventory2,
  recordRepresentation: localCodeAndName,
};
