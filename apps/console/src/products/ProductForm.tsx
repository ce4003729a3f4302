import { Children, type ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  DateTimeInput,
  FormDataConsumer,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
  type SimpleFormProps,
} from 'react-admin';
import { ProductType } from '@tierwise/domain';
import { choices } from '../choices';
import { ConflictBanner } from '../conflict';
import { MoneyInput, PercentInput, RiskLevelInput } from '../inputs';
import { validateProduct } from './validateProduct';
import { localName } from '../fields';
import { FourEyesInputs } from '../approvals/fourEyes';

const toIso = (v: string | Date | null) => (v ? new Date(v).toISOString() : null);

function Section({ label }: { label: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" color="primary" sx={{ mt: 2, mb: 1, fontWeight: 600 }}>
      {translate(label)}
    </Typography>
  );
}

/** Inputs side by side on wide screens, stacked on narrow ones. */
function Row({ children }: { children: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: `repeat(${Children.count(children)}, 1fr)` }, columnGap: 2, width: '100%' }}>
      {children}
    </Box>
  );
}

/** The product form, shared by create and edit; validates with the server's own rules. */
export function ProductForm(props: Omit<SimpleFormProps, 'children'>) {
  return (
    <SimpleForm {...props} validate={validateProduct} sanitizeEmptyValues={false}>
      <ConflictBanner />
      <Section label="tierwise.products.identity" />
      <Row>
        <TextInput source="code" />
        <TextInput source="name" />
        <TextInput source="nameEn" />
      </Row>
      <Row>
        <SelectInput source="type" choices={choices.ProductType} />
        <RiskLevelInput source="riskLevel" />
        <SelectInput source="status" choices={choices.ProductStatus} defaultValue="DRAFT" />
      </Row>
      <Section label="tierwise.products.terms" />
      <Row>
        <FormDataConsumer>{({ formData }) => <MoneyInput source="minInvestment" currency={formData.currency || 'CNY'} />}</FormDataConsumer>
        <TextInput source="currency" defaultValue="CNY" />
        <NumberInput source="termDays" />
      </Row>
      <Row>
        <PercentInput source="expectedReturnMin" />
        <PercentInput source="expectedReturnMax" />
        <PercentInput source="revenueRate" />
      </Row>
      <Row>
        <DateTimeInput source="saleStartsAt" parse={toIso} />
        <DateTimeInput source="saleEndsAt" parse={toIso} />
        <span />
      </Row>
      <Section label="tierwise.products.distribution" />
      <ReferenceInput source="issuerId" reference="PartnerInstitution" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText={localName} sx={{ maxWidth: 480 }} />
      </ReferenceInput>
      <ReferenceArrayInput source="eligibleTierIds" reference="Tier" sort={{ field: 'minAum', order: 'ASC' }}>
        <CheckboxGroupInput optionText={localName} />
      </ReferenceArrayInput>
      <FormDataConsumer>
        {({ formData }) =>
          formData.type === ProductType.BUNDLE && (
            <ReferenceArrayInput source="componentIds" reference="Product" perPage={50}>
              <AutocompleteArrayInput optionText="code" />
            </ReferenceArrayInput>
          )
        }
      </FormDataConsumer>
      <Section label="tierwise.products.compliance" />
      <Row>
        <BooleanInput source="requiresQualifiedInvestor" />
        <NumberInput source="coolingOffHours" defaultValue={0} />
        <span />
      </Row>
      <Section label="tierwise.products.targeting" />
      <Row>
        <SelectArrayInput source="targetRiskPreferences" choices={choices.RiskPreference} defaultValue={[]} />
        <SelectArrayInput source="targetLifeStages" choices={choices.LifeStage} defaultValue={[]} />
      </Row>
      <Row>
        <SelectArrayInput source="targetOccupations" choices={choices.Occupation} defaultValue={[]} />
        <SelectArrayInput source="targetNeeds" choices={choices.NeedType} defaultValue={[]} />
      </Row>
      <TextInput source="description" multiline />
      <FourEyesInputs />
    </SimpleForm>
  );
}
