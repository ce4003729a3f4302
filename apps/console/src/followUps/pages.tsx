import { calendarDay } from '@tierwise/domain';
import { BooleanInput, FunctionField, ReferenceField, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';
import { EmptyState, ListActions } from '../common';
import { DateField, EnumField, useLocalFormat } from '../fields';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';
import { ExclusiveShortfalls } from './ExclusiveShortfalls';
import { LogContactButton } from './LogContactButton';

const FILTERS = [
  <BooleanInput key="open" source="open" alwaysOn />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
  <BooleanInput key="team" source="team" />,
];

/** Today in the institution's time zone (follow-ups are due by its calendar days). */
const today = () => calendarDay(new Date());

function DueOn() {
  const record = useRecordContext<{ dueOn: string; doneAt: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const overdue = !record.doneAt && record.dueOn < today();
  return (
    <Chip
      size="small"
      color={overdue ? 'error' : record.dueOn === today() ? 'warning' : 'default'}
      label={overdue ? translate('tierwise.advisory.overdueSince', { day: record.dueOn }) : record.dueOn}
    />
  );
}

function Actions() {
  const record = useRecordContext<{ customerId: string; kind: string; doneAt: string | null }>();
  const refresh = useRefresh();
  if (!record || record.doneAt) return null;
  return <LogContactButton customerId={record.customerId} interview={record.kind === 'NEEDS_INTERVIEW'} onDone={refresh} />;
}

/** The advisor's tasks: follow-ups due and overdue (an advisor sees those of their own customers). */
function FollowUpList() {
  const t = useTranslate();
  const format = useLocalFormat();
  const cards = {
    primaryText: (r: R) => `${t(`enums.FollowUpKind.${r.kind}`)} · ${r.dueOn}`,
    secondaryText: (r: R) => (r.doneAt ? t('tierwise.advisory.doneOn', { date: format.dateTime(r.doneAt) }) : ''),
    tertiaryText: () => '',
  };
  return (
    <ConsoleList filters={FILTERS} filterDefaultValues={{ open: true }} sort={{ field: 'dueOn', order: 'ASC' }} actions={<ListActions />}>
      <ResponsiveDatagrid {...cards} rowClick={false} bulkActionButtons={false} empty={<EmptyState />}>
        <ReferenceField source="customerId" reference="Customer" link="show" />
        <EnumField source="kind" enumName="FollowUpKind" />
        <FunctionField source="dueOn" render={() => <DueOn />} />
        <DateField source="doneAt" showTime emptyText="—" />
        <Actions />
      </ResponsiveDatagrid>
      <ExclusiveShortfalls />
    </ConsoleList>
  );
}

export default { list: FollowUpList };
