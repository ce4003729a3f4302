import { useState } from 'react';
import { FormControlLabel, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import { useGetList, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ConsentKind, MARKETING_CONSENTS } from '@tierwise/domain';
import { useCanWrite } from '../common';
import { useLocalFormat } from '../fields';
import { useTierwise } from '../dataProvider';

interface ConsentRow {
  kind: ConsentKind;
  partnerId?: string | null;
  granted: boolean;
  changedAt: string;
}

/**
 * The consents in force, changed where they are shown: marketing per channel, data sharing per partner institution.
 * Each switch records a consent given or withdrawn, with its time and who recorded it.
 */
export function ConsentsPanel() {
  const record = useRecordContext<{ id: string; consents?: ConsentRow[] }>();
  const canWrite = useCanWrite();
  const translate = useTranslate();
  const format = useLocalFormat();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const tierwise = useTierwise();
  const { data: partners = [] } = useGetList('PartnerInstitution', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  if (!record) return null;
  const consents = record.consents ?? [];
  const granted = (kind: ConsentKind, partnerId: string | null = null) =>
    consents.some((c) => c.kind === kind && (c.partnerId ?? null) === partnerId && c.granted);
  const set = async (kind: ConsentKind, value: boolean, partnerId: string | null = null) => {
    setBusy(true);
    try {
      await tierwise.setConsent(record.id, kind, value, partnerId);
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const sharing = consents.filter((c) => c.kind === ConsentKind.DATA_SHARING && c.partnerId);
  const unshared = partners.filter((p) => !sharing.some((c) => c.partnerId === p.id));
  const partnerName = (id: string) => partners.find((p) => p.id === id)?.name ?? id;
  return (
    <Stack spacing={1} data-testid="consents">
      <Typography variant="subtitle2">{translate('tierwise.customers.marketing')}</Typography>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }}>
        {MARKETING_CONSENTS.map((kind) => (
          <FormControlLabel
            key={kind}
            label={translate(`enums.ConsentKind.${kind}`)}
            disabled={!canWrite || busy}
            control={<Switch checked={granted(kind)} onChange={(e) => set(kind, e.target.checked)} />}
          />
        ))}
      </Stack>
      <Typography variant="subtitle2">{translate('tierwise.customers.dataSharing')}</Typography>
      {sharing.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('tierwise.customers.noSharing')}
        </Typography>
      )}
      {sharing.map((c) => (
        <FormControlLabel
          key={c.partnerId}
          disabled={!canWrite || busy}
          label={`${partnerName(c.partnerId!)} · ${format.dateTime(c.changedAt)}`}
          control={<Switch checked={c.granted} onChange={(e) => set(ConsentKind.DATA_SHARING, e.target.checked, c.partnerId!)} />}
        />
      ))}
      {canWrite && unshared.length > 0 && (
        <TextField
          select
          size="small"
          sx={{ maxWidth: 360 }}
          label={translate('tierwise.customers.shareWith')}
          value=""
          disabled={busy}
          onChange={(e) => set(ConsentKind.DATA_SHARING, true, e.target.value)}
        >
          {unshared.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
      )}
    </Stack>
  );
}
