import Layers from '@mui/icons-material/Layers';
import { TierCreate } from './TierCreate';
import { TierEdit } from './TierEdit';
import { TierList } from './TierList';
import { TierShow } from './TierShow';
import { localName } from '../fields';

export default {
  list: TierList,
  show: TierShow,
  edit: TierEdit,
  create: TierCreate,
  icon: Layers,
  recordRepresentation: localName,
};
