import Handshake from '@mui/icons-material/Handshake';
import { EmailField, Show, SimpleShowLayout, TextField, UrlField } from 'react-admin';
import { formPages, ShowActions } from '../common';
import { EnumField } from '../fields';
import { PartnerForm } from './PartnerForm';
import { PartnerList } from './PartnerList';

function PartnerShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="nameEn" emptyText="—" />
        <EnumField source="kind" enumName="PartnerKind" />
        <EnumField source="status" enumName="PartnerStatus" />
        <TextField source="contactName" emptyText="—" />
        <EmailField source="contactEmail" emptyText="—" />
        <TextField source="contactPhone" emptyText="—" />
        <UrlField source="website" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}

export default {
  list: PartnerList,
  show: PartnerShow,
  ...formPages(PartnerForm),
  icon: Handshake,
  recordRepresentation: (r: { name: string }) => r.name,
};
