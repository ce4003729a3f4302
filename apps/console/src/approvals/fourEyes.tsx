import { Alert, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { DateTimeInput, Link, TextInput, useGetList, useNotify, useRecordContext, useRedirect, useResourceContext, useTranslate } from 'react-admin';
import type { ChangeResource } from '@tierwise/client';
import { useTierwise } from '../dataProvider';
import { useLocalFormat } from '../fields';

/** The console's resources under four eyes, by their change-request resource. */
export const FOUR_EYES_RESOURCES: Record<string, ChangeResource> = {
  Product: 'PRODUCT',
  Tier: 'TIER',
  Benefit: 'BENEFIT',
  PartnerInstitution: 'PARTNER_INSTITUTION',
  NeedRule: 'NEED_RULE',
  ScenarioPackage: 'SCENARIO_PACKAGE',
  KnowledgeEntry: 'KNOWLEDGE_ENTRY',
  CreditLineRule: 'CREDIT_LINE_RULE',
};

/** Whether the institution holds this resource's writes for approval (on unless an administrator turned it off). */
export function useFourEyes(resource: string | undefined): boolean {
  const tierwise = useTierwise();
  const covered = resource ? FOUR_EYES_RESOURCES[resource] : undefined;
  const { data } = useQuery({ queryKey: ['fourEyesSettings'], queryFn: () => tierwise.fourEyesSettings(), enabled: !!covered, staleTime: 60_000 });
  if (!covered) return false;
  return data?.find((s) => s.resource === covered)?.enabled ?? true;
}

/** In a form under four eyes: when the change should apply once approved, and a note for the checker. */
export function FourEyesInputs() {
  const resource = useResourceContext();
  const translate = useTranslate();
  if (!useFourEyes(resource)) return null;
  return (
    <Stack sx={{ width: '100%', mt: 2 }} data-testid="four-eyes-inputs">
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('tierwise.approvals.formHelp')}
      </Alert>
      <DateTimeInput
        source="changeEffectiveFrom"
        label="tierwise.approvals.effectiveFromLabel"
        helperText="tierwise.approvals.effectiveHelp"
        parse={(value: string) => (value ? new Date(value).toISOString() : null)}
      />
      <TextInput source="changeNote" label="tierwise.approvals.noteLabel" multiline fullWidth />
    </Stack>
  );
}

/** On a record's page: its changes waiting for approval or for their effective instant. */
export function PendingChanges() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const format = useLocalFormat();
  const { data = [] } = useGetList(
    'ChangeRequest',
    { filter: { recordId: record?.id, open: true }, sort: { field: 'createdAt', order: 'ASC' }, pagination: { page: 1, perPage: 20 } },
    { enabled: !!record },
  );
  if (!record || data.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ width: '100%' }} data-testid="pending-changes">
      <Typography variant="subtitle2">{translate('tierwise.approvals.pending', { smart_count: data.length })}</Typography>
      {data.map((r) => (
        <Stack key={r.id} direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5 }}>
          <Chip size="small" label={translate(`enums.ChangeRequestStatus.${r.status}`)} />
          <Link to={`/ChangeRequest/${r.id}/show`}>
            {translate(`enums.ChangeOperation.${r.operation}`)} · {r.makerEmail}
          </Link>
          {r.effectiveFrom && (
            <Typography variant="caption">{translate('tierwise.approvals.effectiveFrom', { date: format.dateTime(r.effectiveFrom) })}</Typography>
          )}
        </Stack>
      ))}
    </Alert>
  );
}

/**
 * After a save under four eyes: the answer carries the change request it made (the record itself is unchanged until a
 * checker approves). Say so and open the request; false when the write applied directly.
 */
export function useHeldChange(resource: string | undefined) {
  const fourEyes = useFourEyes(resource);
  const notify = useNotify();
  const redirect = useRedirect();
  return (data: { pendingChangesIds?: string[] }) => {
    const request = data.pendingChangesIds?.[0];
    if (!fourEyes || !request) return false;
    notify('tierwise.approvals.sentForApproval', { type: 'info' });
    redirect('show', 'ChangeRequest', request);
    return true;
  };
}
