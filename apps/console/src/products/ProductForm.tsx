import { Typography } from '@mui/material';
import {
  AutocompleteArrayInput, AutocompleteInput, BooleanInput, CheckboxGroupInput, DateTimeInput, FormDataConsumer, NumberInput, ReferenceArrayInput,
  ReferenceInput, SelectArrayInput, SelectInput, SimpleForm, TextInput, useTranslate, type SimpleFormProps,
} from 'react-admin';
import { ProductType } from '@tierwise/domain';
import { choices } from '../choices';
import { ConflictBanner } from '../conflict';
import { MoneyInput, PercentInput, RiskLevelInput } from '../inputs';
import { validateProduct } from './validateProduct';

const toIso = (v: string | Date | null) => (v ? new Date(v).toISOString() : null);

function Section({ label }: { label: string }) {
  const translate = useTranslate();
  return <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 2 }}>{translate(label)}</Typography>;
}

/** The product form, shared by create and edit; validates with the server's own rules. */
export function ProductForm(props: Omit<SimpleFormProps, 'children'>) {
  return (
    <SimpleForm {...props} validate={validateProduct} sanitizeEmptyValues={false}>
      <ConflictBanner />
      <TextInput source="code" helperText={false} sx={{ maxWidth: 320 }} />
      <TextInput source="name" fullWidth />
      <TextInput source="nameEn" fullWidth />
      <SelectInput source="type" choices={choices.ProductType} />
      <RiskLevelInput source="riskLevel" />
      <SelectInput source="status" choices={choices.ProductStatus} defaultValue="DRAFT" />
      <Section label="resources.Product.fields.minInvestment" />
      <FormDataConsumer>
        {({ formData }) => <MoneyInput source="minInvestment" currency={formData.currency || 'CNY'} />}
      </FormDataConsumer>
      <TextInput source="currency" defaultValue="CNY" sx={{ maxWidth: 120 }} />
      <NumberInput source="termDays" min={1} />
      <PercentInput source="expectedReturnMin" />
      <PercentInput source="expectedReturnMax" />
      <DateTimeInput source="saleStartsAt" parse={toIso} />
      <DateTimeInput source="saleEndsAt" parse={toIso} />
      <ReferenceInput source="issuerId" reference="PartnerInstitution" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      <ReferenceArrayInput source="eligibleTierIds" reference="Tier" sort={{ field: 'minAum', order: 'ASC' }}>
        <CheckboxGroupInput optionText="name" />
      </ReferenceArrayInput>
      <FormDataConsumer>
        {({ formData }) => formData.type === ProductType.BUNDLE && (
          <ReferenceArrayInput source="componentIds" reference="Product" filter={{}} perPage={50}>
            <AutocompleteArrayInput optionText="code" fullWidth />
          </ReferenceArrayInput>
        )}
      </FormDataConsumer>
      <BooleanInput source="requiresQualifiedInvestor" />
      <NumberInput source="coolingOffHours" min={0} defaultValue={0} />
      <SelectArrayInput source="targetRiskPreferences" choices={choices.RiskPreference} defaultValue={[]} />
      <SelectArrayInput source="targetLifeStages" choices={choices.LifeStage} defaultValue={[]} />
      <SelectArrayInput source="targetOccupations" choices={choices.Occupation} defaultValue={[]} />
      <SelectArrayInput source="targetNeeds" choices={choices.NeedType} defaultValue={[]} />
      <TextInput source="description" multiline fullWidth />
    </SimpleForm>
  );
}
