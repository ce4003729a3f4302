import CardGiftcard from '@mui/icons-material/CardGiftcard';
import { ArrayField, Create, Datagrid, NumberField, BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ShowActions, EditActions } from '../common';
import { ConflictAwareEdit } from '../conflict';
import { EnumField } from '../fields';
import { BenefitForm } from './BenefitForm';
import { BenefitList } from './BenefitList';

function BenefitShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="nameEn" emptyText="—" />
        <EnumField source="category" enumName="BenefitCategory" />
        <ReferenceField source="providerId" reference="PartnerInstitution" emptyText="—" />
        <EnumField source="status" enumName="BenefitStatus" />
        <TextField source="description" emptyText="—" />
        <ArrayField source="entitlements">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <ReferenceField source="tierId" reference="Tier" />
            <NumberField source="annualQuota" emptyText="∞" />
            <BooleanField source="exclusive" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}

export default {
  list: BenefitList,
  show: BenefitShow,
  edit: () => <ConflictAwareEdit actions={<EditActions />} redirect="show"><BenefitForm /></ConflictAwareEdit>,
  create: () => <Create redirect="show"><BenefitForm /></Create>,
  icon: CardGiftcard,
  recordRepresentation: (r: { name: string }) => r.name,
};
