import { Show, SimpleShowLayout } from 'react-admin';
import { EntitlementsField, ShowActions, identityFields } from '../common';
import { EnumField, LocalDescriptionField, MoneyField, NumberField } from '../fields';
import { PendingChanges } from '../approvals/fourEyes';

export function TierShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <PendingChanges />
        {identityFields()}
        <MoneyField source="minAum" />
        <MoneyField source="maxAum" />
        <NumberField source="responseSlaMinutes" />
        <EnumField source="advisorModel" enumName="AdvisorModel" />
        <NumberField source="followUpIntervalDays" emptyText="—" />
        <LocalDescriptionField label="resources.Tier.fields.description" />
        <EntitlementsField source="entitlements" other="Benefit" />
      </SimpleShowLayout>
    </Show>
  );
}
