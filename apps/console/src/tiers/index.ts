import Layers from '@mui/icons-material/Layers';
import { TierList } from './TierList';
import { TierShow } from './TierShow';

export default {
  list: TierList,
  show: TierShow,
  icon: Layers,
  recordRepresentation: (r: { name: string }) => r.name,
};
