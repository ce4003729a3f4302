import CardGiftcard from '@mui/icons-material/CardGiftcard';
import { ShowGuesser } from 'react-admin';
import { BenefitList } from './BenefitList';

export default {
  list: BenefitList,
  show: ShowGuesser,
  icon: CardGiftcard,
  recordRepresentation: (r: { name: string }) => r.name,
};
