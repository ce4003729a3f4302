import type { ReactElement } from 'react';
import CheckCircle from '@mui/icons-material/CheckCircle';
import PauseCircle from '@mui/icons-material/PauseCircle';
import Archive from '@mui/icons-material/Archive';
import {
  AutocompleteInput, BulkExportButton, Button, Datagrid, List, ReferenceField, ReferenceInput, SearchInput, SelectInput, TextField,
  useDataProvider, useListContext, useNotify, useRefresh, useUnselectAll,
} from 'react-admin';
import type { ProductStatus } from '@tierwise/client';
import { choices } from '../choices';
import { EmptyState, ListActions, useCanWrite, TIER_ORDER } from '../common';
import type { dataProvider as tierwiseDataProvider } from '../dataProvider';
import { EnumField, MoneyField, RiskLevelField, LocalNameField } from '../fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices.ProductStatus} />,
  <SelectInput key="type" source="type" choices={choices.ProductType} />,
  <SelectInput key="riskLevel" source="riskLevel" choices={choices.RiskLevel} />,
  <ReferenceInput key="issuerId" source="issuerId" reference="PartnerInstitution"><AutocompleteInput optionText="name" /></ReferenceInput>,
  <ReferenceInput key="eligibleTierId" source="eligibleTierId" reference="Tier" sort={TIER_ORDER}><SelectInput optionText="name" /></ReferenceInput>,
];

function StatusButton({ status, label, icon }: { status: ProductStatus; label: string; icon: ReactElement }) {
  const { selectedIds } = useListContext();
  const dataProvider = useDataProvider<typeof tierwiseDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('Product');
  const run = async () => {
    try {
      await dataProvider.setProductsStatus(selectedIds as string[], status);
      notify('tierwise.products.statusChanged', { type: 'info', messageArgs: { smart_count: selectedIds.length } });
      unselectAll();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
    }
  };
  return <Button label={label} onClick={run}>{icon}</Button>;
}

function BulkActions() {
  return (
    <>
      <StatusButton status="ACTIVE" label="tierwise.products.activate" icon={<CheckCircle />} />
      <StatusButton status="SUSPENDED" label="tierwise.products.suspend" icon={<PauseCircle />} />
      <StatusButton status="RETIRED" label="tierwise.products.retire" icon={<Archive />} />
      <BulkExportButton />
    </>
  );
}

export function ProductList() {
  const canWrite = useCanWrite();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }} perPage={25} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={canWrite ? <BulkActions /> : false} empty={<EmptyState />}>
        <TextField source="code" />
        <LocalNameField label="resources.Product.fields.name" />
        <EnumField source="type" enumName="ProductType" />
        <RiskLevelField source="riskLevel" />
        <EnumField source="status" enumName="ProductStatus" />
        <MoneyField source="minInvestment" currencySource="currency" />
        <ReferenceField source="issuerId" reference="PartnerInstitution" link="show" emptyText="—" sortable={false} />
      </Datagrid>
    </List>
  );
}
