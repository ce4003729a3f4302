import { useState, type ReactElement } from 'react';
import CheckCircle from '@mui/icons-material/CheckCircle';
import PauseCircle from '@mui/icons-material/PauseCircle';
import Archive from '@mui/icons-material/Archive';
import {
  AutocompleteInput,
  BulkExportButton,
  Button,
  Confirm,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  type RaRecord,
  useGetMany,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import { isOnSale, statusTransitionViolation, type ProductStatus as DomainProductStatus } from '@tierwise/domain';
import type { ProductStatus } from '@tierwise/client';
import { choices } from '../choices';
import { EmptyState, ListActions, useCanWrite, TIER_ORDER } from '../common';
import { useTierwise } from '../dataProvider';
import { EnumField, LocalNameField, MoneyField, RiskLevelField, formatDecimal, localName, useLocalName } from '../fields';

import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';
import { useFourEyes } from '../approvals/fourEyes';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={choices.ProductStatus} />,
  <SelectInput key="type" source="type" choices={choices.ProductType} />,
  <SelectInput key="riskLevel" source="riskLevel" choices={choices.RiskLevel} />,
  <ReferenceInput key="issuerId" source="issuerId" reference="PartnerInstitution">
    <AutocompleteInput optionText={localName} />
  </ReferenceInput>,
  <ReferenceInput key="eligibleTierId" source="eligibleTierId" reference="Tier" sort={TIER_ORDER}>
    <SelectInput optionText={localName} />
  </ReferenceInput>,
];

/**
 * A bulk status change: it asks first, saying how many products it changes and how many of them are on sale now, and
 * names the ones the product lifecycle does not allow (the domain's rule, as the server applies it).
 */
function StatusButton({ status, label, icon }: { status: ProductStatus; label: string; icon: ReactElement }) {
  const { selectedIds } = useListContext();
  // Every selected product, also those selected on another page or before the filter changed.
  const { data } = useGetMany<RaRecord & { code: string; status: ProductStatus; saleStartsAt: string | null; saleEndsAt: string | null }>('Product', {
    ids: selectedIds,
  });
  const dataProvider = useTierwise();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const unselectAll = useUnselectAll('Product');
  const fourEyes = useFourEyes('Product');
  const [open, setOpen] = useState(false);
  const selected = data ?? [];
  const now = new Date();
  const onSale = selected.filter((p) =>
    isOnSale(
      { status: p.status, saleStartsAt: p.saleStartsAt ? new Date(p.saleStartsAt) : null, saleEndsAt: p.saleEndsAt ? new Date(p.saleEndsAt) : null },
      now,
    ),
  ).length;
  const blocked = selected.filter((p) => statusTransitionViolation(p.status as DomainProductStatus, status as DomainProductStatus));
  const run = async () => {
    setOpen(false);
    try {
      await dataProvider.setProductsStatus(selectedIds as string[], status);
      notify(fourEyes ? 'tierwise.approvals.sentForApproval' : 'tierwise.products.statusChanged', {
        type: 'info',
        messageArgs: { smart_count: selectedIds.length },
      });
      unselectAll();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
    }
  };
  const statusName = translate(`enums.ProductStatus.${status}`);
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)}>
        {icon}
      </Button>
      <Confirm
        isOpen={open}
        title="tierwise.products.confirmTitle"
        titleTranslateOptions={{ status: statusName }}
        content={
          blocked.length
            ? translate('tierwise.products.confirmBlocked', {
                status: statusName,
                codes: blocked.map((p) => `${p.code} (${translate(`enums.ProductStatus.${p.status}`)})`).join(', '),
              })
            : translate('tierwise.products.confirmContent', { smart_count: selectedIds.length, onSale, status: statusName })
        }
        confirm={blocked.length ? 'ra.action.close' : label}
        onConfirm={blocked.length ? () => setOpen(false) : run}
        onClose={() => setOpen(false)}
      />
    </>
  );
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
  const t = useTranslate();
  const name = useLocalName();
  const canWrite = useCanWrite();
  const cards = {
    primaryText: (r: R) => `${r.code} · ${name(r)}`,
    secondaryText: (r: R) =>
      `${t(`enums.ProductType.${r.type}`, { _: r.type ?? '' })} · ${r.riskLevel} · ${t(`enums.ProductStatus.${r.status}`, { _: r.status ?? '' })}`,
    tertiaryText: (r: R) => `${formatDecimal(r.minInvestment)} ${r.currency ?? ''}`,
  };
  return (
    <ConsoleList filters={filters} actions={<ListActions />} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
      <ResponsiveDatagrid {...cards} rowClick="show" bulkActionButtons={canWrite ? <BulkActions /> : false} empty={<EmptyState />}>
        <TextField source="code" />
        <LocalNameField label="tierwise.fields.localName" />
        <EnumField source="type" enumName="ProductType" />
        <RiskLevelField source="riskLevel" />
        <EnumField source="status" enumName="ProductStatus" />
        <MoneyField source="minInvestment" currencySource="currency" />
        <ReferenceField source="issuerId" reference="PartnerInstitution" link="show" emptyText="—" sortable={false} />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}
