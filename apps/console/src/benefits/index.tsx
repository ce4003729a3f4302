import { ArrayField, Datagrid, BooleanField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { formPages, ShowActions } from '../common';
import { EnumField, NumberField } from '../fields';
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
  ...formPages(BenefitForm),
};
