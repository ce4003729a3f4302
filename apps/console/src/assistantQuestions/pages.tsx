import { Button, DateField, FunctionField, NumberField, SearchInput, SelectInput, TextField, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { choices } from '../choices';
import { EmptyState, ListActions } from '../common';
import { EnumField } from '../fields';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';
import { useCanWrite } from '../common';

/** Turn a question the knowledge base did not answer into a new entry (the create form, with the question filled in). */
function MakeEntryButton() {
  const record = useRecordContext<{ text: string; language: string; outcome: string }>();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  if (!record || record.outcome === 'ANSWERED' || record.outcome === 'OWN_DATA') return null;
  const fields = record.language === 'en' ? { nameEn: record.text, name: '' } : { name: record.text };
  return (
    <Button
      label="tierwise.assistant.makeEntry"
      onClick={(e) => {
        e.stopPropagation();
        navigate(`${createPath({ resource: 'KnowledgeEntry', type: 'create' })}?source=${encodeURIComponent(JSON.stringify({ ...fields, status: 'DRAFT' }))}`);
      }}
    />
  );
}

function AssistantQuestionList() {
  const translate = useTranslate();
  const canWrite = useCanWrite();
  const cards = {
    primaryText: (r: R) => r.text,
    secondaryText: (r: R) => translate(`enums.AskOutcome.${r.outcome}`, { _: r.outcome ?? '' }),
    tertiaryText: (r: R) => (typeof r.confidence === 'number' ? r.confidence.toFixed(2) : ''),
  };
  return (
    <ConsoleList
      filters={[<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="outcome" source="outcome" choices={choices.AskOutcome} alwaysOn />]}
      filterDefaultValues={{ outcome: 'UNANSWERED' }}
      sort={{ field: 'askedAt', order: 'DESC' }}
      actions={<ListActions />}
    >
      <ResponsiveDatagrid {...cards} rowClick={false} bulkActionButtons={false} empty={<EmptyState />}>
        <DateField source="askedAt" showTime />
        <TextField source="text" />
        <EnumField source="language" enumName="Language" />
        <EnumField source="outcome" enumName="AskOutcome" />
        <NumberField source="confidence" options={{ maximumFractionDigits: 2 }} />
        <FunctionField source="voice" render={(r: { voice: boolean }) => (r.voice ? translate('tierwise.assistant.voice') : '')} />
        {canWrite && <MakeEntryButton />}
      </ResponsiveDatagrid>
    </ConsoleList>
  );
}

export default { list: AssistantQuestionList };
