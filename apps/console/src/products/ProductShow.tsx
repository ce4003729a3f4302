import { ArrayField, BooleanField, ChipField, ReferenceArrayField, ReferenceField, Show, SimpleShowLayout, SingleFieldList, TextField } from 'react-admin';
import { ShowActions, identityFields } from '../common';
import { RiskWarningPanel } from './RiskWarningPanel';
import { DateField, EnumField, LocalNameChip, MoneyField, NumberField, RiskLevelField } from '../fields';
import { PendingChanges } from '../approvals/fourEyes';

export function ProductShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <PendingChanges />
        {identityFields()}
        <EnumField source="type" enumName="ProductType" />
        <RiskLevelField source="riskLevel" />
        <EnumField source="status" enumName="ProductStatus" />
        <MoneyField source="minInvestment" currencySource="currency" />
        <NumberField source="termDays" emptyText="—" />
        <TextField source="expectedReturnMin" emptyText="—" />
        <TextField source="expectedReturnMax" emptyText="—" />
        <TextField source="revenueRate" emptyText="—" />
        <DateField source="saleStartsAt" showTime emptyText="—" />
        <DateField source="saleEndsAt" showTime emptyText="—" />
        <ReferenceField source="issuerId" reference="PartnerInstitution" emptyText="—" />
        <ReferenceArrayField source="eligibleTierIds" reference="Tier">
          <SingleFieldList>
            <LocalNameChip />
          </SingleFieldList>
        </ReferenceArrayField>
        <ReferenceArrayField source="componentIds" reference="Product">
          <SingleFieldList>
            <ChipField source="code" />
          </SingleFieldList>
        </ReferenceArrayField>
        <BooleanField source="requiresQualifiedInvestor" />
        <NumberField source="coolingOffHours" />
        <RiskWarningPanel label="tierwise.sales.warning" />
        <ArrayField source="targetNeeds">
          <SingleFieldList linkType={false}>
            <ChipField source="" />
          </SingleFieldList>
        </ArrayField>
        <TextField source="description" emptyText="—" />
        <NumberField source="version" />
        <DateField source="updatedAt" showTime />
      </SimpleShowLayout>
    </Show>
  );
}
