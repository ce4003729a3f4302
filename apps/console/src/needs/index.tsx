import Insights from '@mui/icons-material/Insights';
import Inventory from '@mui/icons-material/Inventory2';
import { BooleanField, BooleanInput, Datagrid, List, NumberInput, ReferenceArrayField, ReferenceArrayInput, SearchInput, SelectInput, Show, SimpleForm, SimpleShowLayout, SingleFieldList, ChipField, TextField, TextInput, AutocompleteArrayInput, maxValue, minValue, regex, required } from 'react-admin';
import { choices } from '../choices';
import { EmptyState, formPages, ListActions, ShowActions } from '../common';
import { ConflictBanner } from '../conflict';
import { EnumField, LocalNameField, NumberField } from '../fields';
import { validateCatalogueRecord } from '../validate';

const topic = regex(/^[a-z][a-z0-9_]{0,63}$/, 'tierwise.validation.topic');

function NeedRuleList() {
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'code', order: 'ASC' }} actions={<ListActions />} empty={<EmptyState />}>
      <Datagrid rowClick="edit" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="code" />
        <LocalNameField label="resources.NeedRule.fields.name" />
        <EnumField source="eventType" enumName="BehaviourType" />
        <TextField source="topic" />
        <NumberField source="minEvents" />
        <NumberField source="windowDays" />
        <EnumField source="need" enumName="NeedType" />
        <NumberField source="weight" />
        <BooleanField source="active" />
      </Datagrid>
    </List>
  );
}

/** "At least N events of a type on a topic within D days → a need, with a weight." */
function NeedRuleForm() {
  return (
    <SimpleForm validate={validateCatalogueRecord()}>
      <ConflictBanner />
      <TextInput source="code" sx={{ maxWidth: 320 }} />
      <TextInput source="name" fullWidth />
      <TextInput source="nameEn" fullWidth />
      <SelectInput source="eventType" choices={choices.BehaviourType} emptyText="tierwise.needs.anyType" />
      <TextInput source="topic" validate={[required(), topic]} helperText="tierwise.needs.topicHelp" />
      <NumberInput source="minEvents" validate={[required(), minValue(1), maxValue(1000)]} />
      <NumberInput source="windowDays" validate={[required(), minValue(1), maxValue(730)]} />
      <SelectInput source="need" choices={choices.NeedType} validate={required()} />
      <NumberInput source="weight" validate={[required(), minValue(1), maxValue(100)]} helperText="tierwise.needs.weightHelp" />
      <BooleanInput source="active" defaultValue />
    </SimpleForm>
  );
}

export const needRules = { list: NeedRuleList, ...formPages(NeedRuleForm), icon: Insights, recordRepresentation: (r: { name: string }) => r.name };

function ScenarioPackageList() {
  return (
    <List sort={{ field: 'code', order: 'ASC' }} actions={<ListActions filters={false} />} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="code" />
        <LocalNameField label="resources.ScenarioPackage.fields.name" />
        <EnumField source="need" enumName="NeedType" />
        <ReferenceArrayField source="productIds" reference="Product" sortable={false}><SingleFieldList linkType={false}><ChipField source="code" size="small" /></SingleFieldList></ReferenceArrayField>
        <ReferenceArrayField source="partnerIds" reference="PartnerInstitution" sortable={false}><SingleFieldList linkType={false}><ChipField source="name" size="small" /></SingleFieldList></ReferenceArrayField>
        <BooleanField source="active" />
      </Datagrid>
    </List>
  );
}

function ScenarioPackageShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="nameEn" emptyText="—" />
        <EnumField source="need" enumName="NeedType" />
        <TextField source="description" emptyText="—" />
        <ReferenceArrayField source="productIds" reference="Product"><SingleFieldList><ChipField source="name" /></SingleFieldList></ReferenceArrayField>
        <ReferenceArrayField source="partnerIds" reference="PartnerInstitution"><SingleFieldList><ChipField source="name" /></SingleFieldList></ReferenceArrayField>
        <ReferenceArrayField source="benefitIds" reference="Benefit"><SingleFieldList><ChipField source="name" /></SingleFieldList></ReferenceArrayField>
        <BooleanField source="active" />
      </SimpleShowLayout>
    </Show>
  );
}

function ScenarioPackageForm() {
  return (
    <SimpleForm validate={validateCatalogueRecord('need')}>
      <ConflictBanner />
      <TextInput source="code" sx={{ maxWidth: 320 }} />
      <TextInput source="name" fullWidth />
      <TextInput source="nameEn" fullWidth />
      <SelectInput source="need" choices={choices.NeedType} />
      <TextInput source="description" multiline fullWidth />
      <ReferenceArrayInput source="productIds" reference="Product" perPage={100} sort={{ field: "code", order: "ASC" }}><AutocompleteArrayInput optionText="name" /></ReferenceArrayInput>
      <ReferenceArrayInput source="partnerIds" reference="PartnerInstitution" perPage={100} sort={{ field: "name", order: "ASC" }}><AutocompleteArrayInput optionText="name" /></ReferenceArrayInput>
      <ReferenceArrayInput source="benefitIds" reference="Benefit" perPage={100} sort={{ field: "code", order: "ASC" }}><AutocompleteArrayInput optionText="name" /></ReferenceArrayInput>
      <BooleanInput source="active" defaultValue />
    </SimpleForm>
  );
}

export const scenarioPackages = {
  list: ScenarioPackageList, show: ScenarioPackageShow, ...formPages(ScenarioPackageForm), icon: Inventory, recordRepresentation: (r: { name: string }) => r.name,
};
