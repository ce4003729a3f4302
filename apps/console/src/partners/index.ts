import Handshake from '@mui/icons-material/Handshake';
import { ShowGuesser } from 'react-admin';
import { PartnerList } from './PartnerList';

export default {
  list: PartnerList,
  show: ShowGuesser,
  icon: Handshake,
  recordRepresentation: (r: { name: string }) => r.name,
};
