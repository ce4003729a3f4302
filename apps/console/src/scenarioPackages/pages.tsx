import {
  AutocompleteArrayInput,
  BooleanField,
  BooleanInput,
  ChipField,
  ReferenceArrayField,
  ReferenceArrayInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TextInput,
  useTranslate,
} from 'react-admin';
import { choices } from '../choices';
import { EmptyState, formPages, ListActions, ShowActions, identityFields, identityInputs } from '../common';
import { ConflictBanner } from '../conflict';
import { EnumField, LocalDescriptionField, LocalNameChip, LocalNameField, localName, useLocalName } from '../fields';
import { validateCatalogueRecord } from '../validate';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';
import { FourEyesInputs, PendingChanges } from '../approvals/fourEyes';

function ScenarioPackageList() {
  const t = useTranslate();
  const name = useLocalName();
  const cards = {
    primaryText: (r: R) => name(r),
    secondaryText: (r: R) => `${r.code} · ${t(`enums.NeedType.${r.need}`, { _: r.need ?? '' })}`,
  };
  return (
    <ConsoleList sort={{ field: 'code', order: 'ASC' }} actions={<ListActions filters={false} />}>
      <ResponsiveDatagrid {...cards} rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="code" />
        <LocalNameField label="tierwise.fields.localName" />
        <EnumField source="need" enumName="NeedType" />
        <ReferenceArrayField source="productIds" reference="Product" sortable={false}>
          <SingleFieldList linkType={false}>
            <ChipField source="code" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <ReferenceArrayField source="partnerIds" reference="PartnerInstitution" sortable={false}>
          <SingleFieldList linkType={false}>
            <LocalNameChip />
          </SingleFieldList>
        </ReferenceArrayField>
        <BooleanField source="active" />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

function ScenarioPackageShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <PendingChanges />
        {identityFields()}
        <EnumField source="need" enumName="NeedType" />
        <LocalDescriptionField label="resources.ScenarioPackage.fields.description" />
        <ReferenceArrayField source="productIds" reference="Product">
          <SingleFieldList>
            <LocalNameChip />
          </SingleFieldList>
        </ReferenceArrayField>
        <ReferenceArrayField source="partnerIds" reference="PartnerInstitution">
          <SingleFieldList>
            <LocalNameChip />
          </SingleFieldList>
        </ReferenceArrayField>
        <ReferenceArrayField source="benefitIds" reference="Benefit">
          <SingleFieldList>
            <LocalNameChip />
          </SingleFieldList>
        </ReferenceArrayField>
        <BooleanField source="active" />
        <BooleanField source="partnerOrders" />
      </SimpleShowLayout>
    </Show>
  );
}

function ScenarioPackageForm() {
  return (
    <SimpleForm validate={validateCatalogueRecord('need')}>
      <ConflictBanner />
      {identityInputs()}
      <SelectInput source="need" choices={choices.NeedType} />
      <TextInput source="description" label="tierwise.fields.descriptionZh" multiline fullWidth />
      <TextInput source="descriptionEn" multiline fullWidth />
      <ReferenceArrayInput source="productIds" reference="Product" perPage={100} sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteArrayInput optionText={localName} />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="partnerIds" reference="PartnerInstitution" perPage={100} sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteArrayInput optionText={localName} />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="benefitIds" reference="Benefit" perPage={100} sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteArrayInput optionText={localName} />
      </ReferenceArrayInput>
      <BooleanInput source="active" defaultValue />
      <BooleanInput source="partnerOrders" helperText="tierwise.sales.partnerOrdersHelp" />
      <FourEyesInputs />
    </SimpleForm>
  );
}

export default {
  list: ScenarioPackageList,
  show: ScenarioPackageShow,
  ...formPages(ScenarioPackageForm),
};
