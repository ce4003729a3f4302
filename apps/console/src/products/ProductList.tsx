import {
  Datagrid, ExportButton, FilterButton, List, ReferenceField, ReferenceInput, SearchInput, SelectInput, TextField, TopToolbar,
  AutocompleteInput,
} from 'react-admin';
import { choices } from '../choices';
import { EnumField, MoneyField, RiskLevelField } from '../fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices.ProductStatus} />,
  <SelectInput key="type" source="type" choices={choices.ProductType} />,
  <SelectInput key="riskLevel" source="riskLevel" choices={choices.RiskLevel} />,
  <ReferenceInput key="issuerId" source="issuerId" reference="PartnerInstitution"><AutocompleteInput optionText="name" /></ReferenceInput>,
  <ReferenceInput key="eligibleTierId" source="eligibleTierId" reference="Tier"><SelectInput optionText="name" /></ReferenceInput>,
];

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButton />
  </TopToolbar>
);

export function ProductList() {
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="name" />
        <EnumField source="type" enumName="ProductType" />
        <RiskLevelField source="riskLevel" />
        <EnumField source="status" enumName="ProductStatus" />
        <MoneyField source="minInvestment" currencySource="currency" />
        <ReferenceField source="issuerId" reference="PartnerInstitution" link="show" emptyText="—" />
      </Datagrid>
    </List>
  );
}
