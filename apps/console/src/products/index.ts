import Inventory2 from '@mui/icons-material/Inventory2';
import { ProductList } from './ProductList';
import { ProductShow } from './ProductShow';

export default {
  list: ProductList,
  show: ProductShow,
  icon: Inventory2,
  recordRepresentation: (r: { code: string; name: string }) => `${r.code} · ${r.name}`,
};
