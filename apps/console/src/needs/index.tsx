import {
  AutocompleteArrayInput, BooleanField, BooleanInput, ChipField, NumberInput, ReferenceArrayField, ReferenceArrayInput, SearchInput, SelectInput,
  Show, SimpleForm, SimpleShowLayout, SingleFieldList, TextField, TextInput, maxValue, minValue, regex, required, useTranslate,
} from 'react-admin';
import { choices } from '../choices';
import { EmptyState, formPages, ListActions, ShowActions } from '../common';
import { ConflictBanner } from '../conflict';
import { EnumField, LocalDescriptionField, LocalNameChip, LocalNameField, NumberField, localName, useLocalName } from '../fields';
import { validateCatalogueRecord } from '../validate';

import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

const topic = regex(/^[a-z][a-z0-9_]{0,63}$/, 'tierwise.validation.topic');

function NeedRuleList() {
  const t = useTranslate();
  const name = useLocalName();
  const cards = {
    primaryText: (r: R) => name(r),
    secondaryText: (r: R) => `${r.code} · ${t(`enums.NeedType.${r.need}`, { _: r.need ?? '' })}`,
    tertiaryText: (r: R) => r.weight,
  };
  return (
    <ConsoleList filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'code', order: 'ASC' }} actions={<ListActions />}>
      <ResponsiveDatagrid {...cards} rowClick="edit" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="code" />
        <LocalNameField label="tierwise.fields.localName" />
        <EnumField source="eventType" enumName="BehaviourType" />
        <TextField source="topic" />
        <NumberField source="minEvents" />
        <NumberField source="windowDays" />
        <EnumField source="need" enumName="NeedType" />
        <NumberField source="weight" />
        <BooleanField source="active" />
      </ResponsiveDatagrid>
    </ConsoleList>
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

export const needRules = { list: NeedRuleList, ...formPages(NeedRuleForm) };

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
        <ReferenceArrayField source="productIds" reference="Product" sortable={false}><SingleFieldList linkType={false}><ChipField source="code" size="small" /></SingleFieldList></ReferenceArrayField>
        <ReferenceArrayField source="partnerIds" reference="PartnerInstitution" sortable={false}><SingleFieldList linkType={false}><LocalNameChip /></SingleFieldList></ReferenceArrayField>
        <BooleanField source="active" />
      </ResponsiveDatagrid>
    </ConsoleList>
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
        <LocalDescriptionField label="resources.ScenarioPackage.fields.description" />
        <ReferenceArrayField source="productIds" reference="Product"><SingleFieldList><LocalNameChip /></SingleFieldList></ReferenceArrayField>
        <ReferenceArrayField source="partnerIds" reference="PartnerInstitution"><SingleFieldList><LocalNameChip /></SingleFieldList></ReferenceArrayField>
        <ReferenceArrayField source="benefitIds" reference="Benefit"><SingleFieldList><LocalNameChip /></SingleFieldList></ReferenceArrayField>
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
      <TextInput source="description" label="tierwise.fields.descriptionZh" multiline fullWidth />
      <TextInput source="descriptionEn" multiline fullWidth />
      <ReferenceArrayInput source="productIds" reference="Product" perPage={100} sort={{ field: "code", order: "ASC" }}><AutocompleteArrayInput optionText={localName} /></ReferenceArrayInput>
      <ReferenceArrayInput source="partnerIds" reference="PartnerInstitution" perPage={100} sort={{ field: "name", order: "ASC" }}><AutocompleteArrayInput optionText={localName} /></ReferenceArrayInput>
      <ReferenceArrayInput source="benefitIds" reference="Benefit" perPage={100} sort={{ field: "code", order: "ASC" }}><AutocompleteArrayInput optionText={localName} /></ReferenceArrayInput>
      <BooleanInput source="active" defaultValue />
    </SimpleForm>
  );
}

export const scenarioPackages = {
  list: ScenarioPackageList, show: ScenarioPackageShow, ...formPages(ScenarioPackageForm),
};
