import { Create, Datagrid, List, PasswordInput, SearchInput, SelectInput, SimpleForm, TextField, TextInput, useTranslate } from 'react-admin';
import { choices } from '../choices';
import { EmptyState, ListActions } from '../common';
import { ConflictAwareEdit, ConflictBanner } from '../conflict';
import { DateField, EnumField, useLocalFormat, useLocalName } from '../fields';
import { validateUser } from '../validate';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the card texts read the record's fields by name
import { ConsoleList, ResponsiveDatagrid } from '../lists';
type R = Record<string, any>;

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={choices.Role} />];

function UserList() {
  const t = useTranslate();
  const name = useLocalName();
  const format = useLocalFormat();
  return (
    <ConsoleList filters={filters} sort={{ field: 'email', order: 'ASC' }} actions={<ListActions />} empty={<EmptyState />}>
      <ResponsiveDatagrid primaryText={(r: R) => r.email} secondaryText={(r: R) => r.displayName} tertiaryText={(r: R) => t(`enums.Role.${r.role}`, { _: r.role ?? '' })} rowClick="edit" bulkActionButtons={false}>
        <TextField source="email" />
        <TextField source="displayName" emptyText="—" />
        <EnumField source="role" enumName="Role" />
        <DateField source="createdAt" showTime />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

function UserForm({ creating }: { creating: boolean }) {
  return (
    <SimpleForm validate={validateUser(creating)}>
      <ConflictBanner />
      <TextInput source="email" type="email" disabled={!creating} />
      <TextInput source="displayName" />
      <SelectInput source="role" choices={choices.Role} />
      <PasswordInput source="password" helperText="tierwise.validation.password" />
    </SimpleForm>
  );
}

/** Console users: only admins see this resource (the API refuses everyone else). */
export default {
  list: UserList,
  edit: () => <ConflictAwareEdit redirect="list"><UserForm creating={false} /></ConflictAwareEdit>,
  create: () => <Create redirect="list"><UserForm creating /></Create>,
};
