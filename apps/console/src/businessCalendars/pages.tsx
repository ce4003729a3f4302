import { Create, Edit, FunctionField, SimpleForm, TextField, TextInput, useTranslate, type RaRecord } from 'react-admin';
import { Stack, Typography } from '@mui/material';
import { EmptyState, identityInputs, ListActions } from '../common';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
type Hours = { open: string; close: string } | null;

/** Days as one per line (or comma-separated) in the form, a list in the record. */
const dayList = {
  format: (days?: string[] | null) => (days ?? []).join('\n'),
  parse: (text: string) =>
    text
      .split(/[\s,，]+/)
      .map((d) => d.trim())
      .filter(Boolean),
};

/** A weekday with both times empty is closed (null), as the API takes it. */
function withClosedDays(data: RaRecord) {
  const weekdays = Object.fromEntries(
    WEEKDAYS.map((d) => [d, (data.weekdays?.[d] as Hours)?.open && (data.weekdays?.[d] as Hours)?.close ? data.weekdays[d] : null]),
  );
  return { ...data, weekdays };
}

function CalendarForm() {
  const translate = useTranslate();
  return (
    <SimpleForm>
      {identityInputs()}
      <TextInput source="timeZone" defaultValue="Asia/Shanghai" />
      <Typography variant="subtitle2">{translate('tierwise.calendars.hours')}</Typography>
      {WEEKDAYS.map((d) => (
        <Stack key={d} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Typography sx={{ width: 80 }}>{translate(`tierwise.calendars.weekday.${d}`)}</Typography>
          <TextInput source={`weekdays.${d}.open`} label="tierwise.calendars.open" placeholder="09:00" helperText={false} />
          <TextInput source={`weekdays.${d}.close`} label="tierwise.calendars.close" placeholder="17:00" helperText={false} />
        </Stack>
      ))}
      <TextInput source="holidays" multiline fullWidth {...dayList} helperText="tierwise.calendars.daysHelp" />
      <TextInput source="workdays" multiline fullWidth {...dayList} helperText="tierwise.calendars.workdaysHelp" />
    </SimpleForm>
  );
}

function CalendarList() {
  const translate = useTranslate();
  const cards = { primaryText: (r: R) => `${r.code} · ${r.name}`, secondaryText: (r: R) => r.timeZone, tertiaryText: () => '' };
  return (
    <ConsoleList sort={{ field: 'code', order: 'ASC' }} actions={<ListActions filters={false} />}>
      <ResponsiveDatagrid {...cards} rowClick="edit" bulkActionButtons={false} empty={<EmptyState />}>
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="timeZone" sortable={false} />
        <FunctionField
          label="tierwise.calendars.holidayCount"
          render={(r: { holidays: string[]; workdays: string[] }) =>
            translate('tierwise.calendars.counts', { holidays: r.holidays.length, workdays: r.workdays.length })
          }
        />
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

export default {
  list: CalendarList,
  edit: () => (
    <Edit mutationMode="pessimistic" transform={withClosedDays}>
      <CalendarForm />
    </Edit>
  ),
  create: () => (
    <Create redirect="list" transform={withClosedDays}>
      <CalendarForm />
    </Create>
  ),
};
