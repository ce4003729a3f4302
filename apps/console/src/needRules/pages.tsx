import {
  BooleanField,
  BooleanInput,
  NumberInput,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  maxValue,
  minValue,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import { TOPIC_PATTERN } from '@tierwise/domain';
import { choices } from '../choices';
import { EmptyState, formPages, ListActions, identityInputs } from '../common';
import { ConflictBanner } from '../conflict';
import { EnumField, LocalNameField, NumberField, useLocalName } from '../fields';
import { validateCatalogueRecord } from '../validate';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';
import { FourEyesInputs } from '../approvals/fourEyes';

const topic = regex(TOPIC_PATTERN, 'tierwise.validation.topic');

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
      {identityInputs()}
      <SelectInput source="eventType" choices={choices.BehaviourType} emptyText="tierwise.needs.anyType" />
      <TextInput source="topic" validate={[required(), topic]} helperText="tierwise.needs.topicHelp" />
      <NumberInput source="minEvents" validate={[required(), minValue(1), maxValue(1000)]} />
      <NumberInput source="windowDays" validate={[required(), minValue(1), maxValue(730)]} />
      <SelectInput source="need" choices={choices.NeedType} validate={required()} />
      <NumberInput source="weight" validate={[required(), minValue(1), maxValue(100)]} helperText="tierwise.needs.weightHelp" />
      <BooleanInput source="active" defaultValue />
      <FourEyesInputs />
    </SimpleForm>
  );
}

export default { list: NeedRuleList, ...formPages(NeedRuleForm) };
