import { useState } from 'react';
import { Alert, Box, Button as MuiButton, Card, CardContent, Chip, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  ArrayInput,
  SearchInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextField,
  TextInput,
  maxLength,
  required,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import type { Language } from '@tierwise/client';
import { choices } from '../choices';
import { EmptyState, formPages, ListActions, identityInputs, useCanWrite } from '../common';
import { ConflictBanner } from '../conflict';
import { EnumField, LocalNameField, useLocalName } from '../fields';
import { validateCatalogueRecord } from '../validate';
import { ConsoleList, ResponsiveDatagrid, type CardRecord as R } from '../lists';
import { FourEyesInputs } from '../approvals/fourEyes';
import { useTierwise } from '../dataProvider';

const percent = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

/** The assistant's numbers of the last 30 days, against the plan's targets. */
function AssistantKpis() {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const { data } = useQuery({ queryKey: ['assistantKpis'], queryFn: () => tierwise.assistantKpis() });
  if (!data) return null;
  return (
    <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap' }} data-testid="assistant-kpis">
      <Typography variant="body2">
        {translate('tierwise.assistant.answeredRate')}: <b>{percent(data.answeredRate)}</b> ({translate('tierwise.assistant.target', { target: '80%' })})
      </Typography>
      <Typography variant="body2">
        {translate('tierwise.assistant.selfServiceRate')}: <b>{percent(data.selfServiceRate)}</b> ({translate('tierwise.assistant.target', { target: '70%' })})
      </Typography>
      <Typography variant="body2">
        {translate('tierwise.assistant.counts', { asked: data.asked, handedOff: data.handedOff, unanswered: data.unanswered, voice: data.voice })}
      </Typography>
    </Stack>
  );
}

/** Try a question as a customer would ask it (not counted in the KPIs). */
function TryIt() {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const [locale] = useLocaleState();
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<Awaited<ReturnType<typeof tierwise.ask>> | null>(null);
  const name = useLocalName();
  const ask = async () => setAnswer(await tierwise.ask(text, (locale === 'en' ? 'en' : 'zh') as Language));
  return (
    <Stack spacing={1} data-testid="try-it">
      <Stack direction="row" spacing={1}>
        <MuiTextField
          size="small"
          fullWidth
          label={translate('tierwise.assistant.tryIt')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && text.trim()) void ask();
          }}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
        <MuiButton variant="contained" disabled={!text.trim()} onClick={() => void ask()}>
          {translate('tierwise.assistant.ask')}
        </MuiButton>
      </Stack>
      {answer && (
        <Alert severity={answer.outcome === 'ANSWERED' ? 'success' : 'warning'} data-testid="try-it-answer">
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate(`enums.AskOutcome.${answer.outcome}`)} · {translate('tierwise.assistant.confidence')} {answer.confidence.toFixed(2)}
            {answer.entry ? ` · ${answer.entry.code} ${name(answer.entry)}` : ''}
          </Typography>
          {answer.text && <Typography variant="body2">{answer.text}</Typography>}
          {answer.alternatives.length > 0 && (
            <Box sx={{ mt: 1 }}>
              {answer.alternatives.map((a) => (
                <Chip key={a.entry.id} size="small" sx={{ mr: 1, mb: 1 }} label={`${name(a.entry)} (${a.confidence.toFixed(2)})`} />
              ))}
            </Box>
          )}
        </Alert>
      )}
    </Stack>
  );
}

function KnowledgeEntryList() {
  const translate = useTranslate();
  const canWrite = useCanWrite();
  const name = useLocalName();
  const cards = {
    primaryText: (r: R) => name(r),
    secondaryText: (r: R) => `${r.code} · ${translate(`enums.KnowledgeTopic.${r.topic}`, { _: r.topic ?? '' })}`,
    tertiaryText: (r: R) => translate(`enums.KnowledgeStatus.${r.status}`, { _: r.status ?? '' }),
  };
  return (
    <>
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Stack spacing={2}>
            <AssistantKpis />
            {canWrite && <TryIt />}
          </Stack>
        </CardContent>
      </Card>
      <ConsoleList
        filters={[
          <SearchInput key="q" source="q" alwaysOn />,
          <SelectInput key="topic" source="topic" choices={choices.KnowledgeTopic} />,
          <SelectInput key="status" source="status" choices={choices.KnowledgeStatus} />,
        ]}
        sort={{ field: 'code', order: 'ASC' }}
        actions={<ListActions />}
      >
        <ResponsiveDatagrid {...cards} rowClick="edit" bulkActionButtons={false} empty={<EmptyState />}>
          <TextField source="code" />
          <LocalNameField label="tierwise.fields.localName" />
          <EnumField source="topic" enumName="KnowledgeTopic" />
          <EnumField source="status" enumName="KnowledgeStatus" />
        </ResponsiveDatagrid>
      </ConsoleList>
    </>
  );
}

/** A question in both languages, the other ways customers ask it, and the answer in both languages. */
function KnowledgeEntryForm() {
  return (
    <SimpleForm validate={validateCatalogueRecord()}>
      <ConflictBanner />
      {identityInputs()}
      <SelectInput source="topic" choices={choices.KnowledgeTopic} validate={required()} />
      <SelectInput source="status" choices={choices.KnowledgeStatus} defaultValue="DRAFT" helperText="tierwise.assistant.statusHelp" />
      <ArrayInput source="variants" helperText="tierwise.assistant.variantsHelp">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="" label={false} validate={[required(), maxLength(200)]} fullWidth />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="variantsEn">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="" label={false} validate={[required(), maxLength(200)]} fullWidth />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="answer" multiline minRows={3} fullWidth validate={[required(), maxLength(2000)]} />
      <TextInput source="answerEn" multiline minRows={3} fullWidth validate={[required(), maxLength(2000)]} />
      <FourEyesInputs />
    </SimpleForm>
  );
}

export default { list: KnowledgeEntryList, ...formPages(KnowledgeEntryForm) };
