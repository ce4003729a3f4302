import { Create, PasswordInput, ReferenceInput, SearchInput, SelectArrayInput, SelectInput, SimpleForm, TextField, TextInput, useTranslate } from 'react-admin';
import { choices } from '../choices';
import { ListActions } from '../common';
import { ConflictAwareEdit, ConflictBanner } from '../conflict';
import { DateField, EnumField } from '../fields';
import { validateUser } from '../validate';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={choices.Role} />];

function UserList() {
  const t = useTranslate();
  const cards = {
    primaryText: (r: R) => r.email,
    secondaryText: (r: R) => r.displayName,
    tertiaryText: (r: R) => t(`enums.Role.${r.role}`, { _: r.role ?? '' }),
  };
  return (
    <ConsoleList filters={filters} sort={{ field: 'email', order: 'ASC' }} actions={<ListActions />}>
      <ResponsiveDatagrid {...cards} rowClick="edit" bulkActionButtons={false}>
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
      <SelectArrayInput source="approves" choices={choices.ChangeResource} helperText="tierwise.approvals.approvesHelp" />
      <ReferenceInput source="managerId" reference="User" sort={{ field: 'email', order: 'ASC' }}>
        <SelectInput optionText="email" helperText="tierwise.advisory.managerHelp" />
      </ReferenceInput>
      <PasswordInput source="password" helperText="tierwise.validation.password" />
    </SimpleForm>
  );
}

/** Console users: only admins see this resource (the API refuses everyone else). */
export default {
  list: UserList,
  edit: () => (
    <ConflictAwareEdit redirect="list">
      <UserForm creating={false} />
    </ConflictAwareEdit>
  ),
  create: () => (
    <Create redirect="list">
      <UserForm creating />
    </Create>
  ),
};
