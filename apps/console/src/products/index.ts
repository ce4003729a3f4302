import Inventory2 from '@mui/icons-material/Inventory2';
import { formPages } from '../common';
import { ProductForm } from './ProductForm';
import { ProductList } from './ProductList';
import { ProductShow } from './ProductShow';

export default {
  list: ProductList,
  show: ProductShow,
  ...formPages(ProductForm),
  icon: Inventory2,
  recordRepresentation: (r: { code: string; name: string }) => `${r.code} · ${r.name}`,
};
