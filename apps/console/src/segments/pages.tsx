import { ReferenceField, ReferenceInput, SelectInput, SimpleForm, TextField, TextInput } from 'react-admin';
import { choices } from '../choices';
import { formPages, ListActions, TIER_ORDER } from '../common';
import { ConflictBanner } from '../conflict';
import { EnumField, NumberField, localName, useLocalFormat } from '../fields';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

function SavedSegmentList() {
  const format = useLocalFormat();
  const cards = {
    primaryText: (r: R) => r.name,
    tertiaryText: (r: R) => format.number(r.size),
  };
  return (
    <ConsoleList sort={{ field: 'name', order: 'ASC' }} actions={<ListActions filters={false} />}>
      <ResponsiveDatagrid {...cards} rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <ReferenceField source="tierId" reference="Tier" emptyText="—" sortable={false} />
        <EnumField source="riskLevel" enumName="InvestorRiskLevel" />
        <EnumField source="lifeStage" enumName="LifeStage" />
        <EnumField source="occupation" enumName="Occupation" />
        <NumberField source="size" sortable={false} />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

function SavedSegmentForm() {
  return (
    <SimpleForm validate={(v: Record<string, unknown>) => (v.name ? {} : { name: 'ra.validation.required' })}>
      <ConflictBanner />
      <TextInput source="name" />
      <ReferenceInput source="tierId" reference="Tier" sort={TIER_ORDER}>
        <SelectInput optionText={localName} />
      </ReferenceInput>
      <SelectInput source="riskLevel" choices={choices.InvestorRiskLevel} />
      <SelectInput source="lifeStage" choices={choices.LifeStage} />
      <SelectInput source="occupation" choices={choices.Occupation} />
    </SimpleForm>
  );
}

/** Saved segments: named filters over tier × risk level × life stage × occupation, with their current size. */
export default { list: SavedSegmentList, ...formPages(SavedSegmentForm) };
