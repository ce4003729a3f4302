import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EntitlementsField, formPages, ShowActions, identityFields } from '../common';
import { EnumField } from '../fields';
import { BenefitForm } from './BenefitForm';
import { BenefitList } from './BenefitList';
import { PendingChanges } from '../approvals/fourEyes';

function BenefitShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <PendingChanges />
        {identityFields()}
        <EnumField source="category" enumName="BenefitCategory" />
        <ReferenceField source="providerId" reference="PartnerInstitution" emptyText="—" />
        <EnumField source="status" enumName="BenefitStatus" />
        <TextField source="description" emptyText="—" />
        <EntitlementsField source="entitlements" other="Tier" />
      </SimpleShowLayout>
    </Show>
  );
}

export default {
  list: BenefitList,
  show: BenefitShow,
  ...formPages(BenefitForm),
};
