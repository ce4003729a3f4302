import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  Datagrid,
  EmailField,
  Pagination,
  ReferenceField,
  ReferenceManyCount,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  UrlField,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { Role } from '@tierwise/domain';
import { formPages, ShowActions, identityFields } from '../common';
import { DateField, EnumField, LocalNameField, MoneyField, RiskLevelField } from '../fields';
import { PartnerForm } from './PartnerForm';
import { PartnerList } from './PartnerList';
import { PendingChanges } from '../approvals/fourEyes';

function Nothing({ message }: { message: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate(message)}
    </Typography>
  );
}

/** One tab of what belongs to the partner: the records of `reference` that name it in `target`, counted in the tab's label. */
function Belonging({
  reference,
  target,
  label,
  path,
  sort,
  empty,
  children,
}: {
  reference: string;
  target: string;
  label: string;
  path: string;
  sort: { field: string; order: 'ASC' | 'DESC' };
  empty: string;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <TabbedShowLayout.Tab label={label} path={path} count={<ReferenceManyCount reference={reference} target={target} />} data-testid={`tab-${path}`}>
      <ReferenceManyField
        reference={reference}
        target={target}
        sort={sort}
        perPage={25}
        pagination={<Pagination />}
        label={false}
        empty={<Nothing message={empty} />}
      >
        <Datagrid bulkActionButtons={false} rowClick={false} data-testid={`partner-${path}`} aria-label={translate(label)}>
          {children}
        </Datagrid>
      </ReferenceManyField>
    </TabbedShowLayout.Tab>
  );
}

/**
 * A partner institution and everything that belongs to it: the products it issues, the benefits it provides, its API
 * keys (administrators), the referrals it sent and the service orders it was given.
 */
function PartnerShow() {
  const { permissions } = usePermissions<Role | null>();
  return (
    <Show actions={<ShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="tierwise.partner.details">
          <PendingChanges />
          {identityFields()}
          <EnumField source="kind" enumName="PartnerKind" />
          <EnumField source="status" enumName="PartnerStatus" />
          <TextField source="contactName" emptyText="—" />
          <EmailField source="contactEmail" emptyText="—" />
          <TextField source="contactPhone" emptyText="—" />
          <UrlField source="website" emptyText="—" />
        </TabbedShowLayout.Tab>
        {Belonging({
          reference: 'Product',
          target: 'issuerId',
          label: 'tierwise.partner.products',
          path: 'products',
          sort: { field: 'code', order: 'ASC' },
          empty: 'tierwise.partner.noProducts',
          children: [
            <TextField key="code" source="code" />,
            <LocalNameField key="name" label="tierwise.fields.localName" />,
            <EnumField key="type" source="type" enumName="ProductType" />,
            <RiskLevelField key="risk" source="riskLevel" />,
            <EnumField key="status" source="status" enumName="ProductStatus" />,
            <MoneyField key="min" source="minInvestment" currencySource="currency" />,
          ],
        })}
        {Belonging({
          reference: 'Benefit',
          target: 'providerId',
          label: 'tierwise.partner.benefits',
          path: 'benefits',
          sort: { field: 'code', order: 'ASC' },
          empty: 'tierwise.partner.noBenefits',
          children: [
            <TextField key="code" source="code" />,
            <LocalNameField key="name" label="tierwise.fields.localName" />,
            <EnumField key="category" source="category" enumName="BenefitCategory" />,
            <EnumField key="status" source="status" enumName="BenefitStatus" />,
          ],
        })}
        {permissions !== Role.ADMIN
          ? null
          : Belonging({
              reference: 'ApiClient',
              target: 'partnerId',
              label: 'tierwise.partner.keys',
              path: 'keys',
              sort: { field: 'createdAt', order: 'DESC' },
              empty: 'tierwise.partner.noKeys',
              children: [
                <TextField key="name" source="name" />,
                <DateField key="expires" source="expiresAt" />,
                <DateField key="used" source="lastUsedAt" showTime emptyText="—" />,
              ],
            })}
        {Belonging({
          reference: 'Referral',
          target: 'partnerId',
          label: 'tierwise.partner.referrals',
          path: 'referrals',
          sort: { field: 'createdAt', order: 'DESC' },
          empty: 'tierwise.partner.noReferrals',
          children: [
            <DateField key="at" source="createdAt" showTime />,
            <ReferenceField key="c" source="customerId" reference="Customer" />,
            <EnumField key="scenario" source="scenario" enumName="NeedType" />,
            <EnumField key="status" source="status" enumName="ReferralStatus" />,
          ],
        })}
        {Belonging({
          reference: 'FulfilmentOrder',
          target: 'partnerId',
          label: 'tierwise.partner.orders',
          path: 'orders',
          sort: { field: 'createdAt', order: 'DESC' },
          empty: 'tierwise.partner.noOrders',
          children: [
            <DateField key="at" source="createdAt" showTime />,
            <ReferenceField key="c" source="customerId" reference="Customer" />,
            <ReferenceField key="b" source="benefitId" reference="Benefit" />,
            <EnumField key="status" source="status" enumName="FulfilmentStatus" />,
          ],
        })}
      </TabbedShowLayout>
    </Show>
  );
}

export default {
  list: PartnerList,
  show: PartnerShow,
  ...formPages(PartnerForm),
};
