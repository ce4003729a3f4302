import { TierCreate } from './TierCreate';
import { TierEdit } from './TierEdit';
import { TierList } from './TierList';
import { TierShow } from './TierShow';

export default {
  list: TierList,
  show: TierShow,
  edit: TierEdit,
  create: TierCreate,
};
