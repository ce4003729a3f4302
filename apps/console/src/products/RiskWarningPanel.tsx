import { useState } from 'react';
import { Stack, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Labeled, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog, useCanWrite } from '../common';
import { useTierwise } from '../dataProvider';

/**
 * The product's special risk warning, shown to an investor who insists on it above their level: the version in force
 * in the chosen language, and (for product managers) publishing a new version in both languages.
 */
export function RiskWarningPanel(_props: { label?: string }) {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const canWrite = useCanWrite();
  const tierwise = useTierwise();
  const queryClient = useQueryClient();
  const [textZh, setTextZh] = useState('');
  const [textEn, setTextEn] = useState('');
  const id = record?.id ?? '';
  const { data: warning } = useQuery({ queryKey: ['riskWarning', id], enabled: !!id, queryFn: () => tierwise.riskWarning(id) });
  if (!record) return null;
  const publish = async () => {
    await tierwise.publishRiskWarning(id, textZh, textEn);
    await queryClient.invalidateQueries({ queryKey: ['riskWarning', id] });
  };
  const long = (text: string) => text.trim().length >= 20;
  return (
    <Labeled label="tierwise.sales.warning">
      <Stack spacing={1} data-testid="risk-warning">
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {warning ? `v${warning.version} · ${locale === 'en' ? warning.textEn : warning.textZh}` : translate('tierwise.sales.warningMissing')}
        </Typography>
        {canWrite && (
          <ActionDialog
            label="tierwise.sales.warningPublish"
            confirmLabel="tierwise.sales.warningPublish"
            disabled={!long(textZh) || !long(textEn)}
            onConfirm={publish}
          >
            <Stack spacing={2} sx={{ mt: 1 }}>
              <TextField label={translate('tierwise.sales.warningZh')} value={textZh} onChange={(e) => setTextZh(e.target.value)} multiline minRows={4} />
              <TextField label={translate('tierwise.sales.warningEn')} value={textEn} onChange={(e) => setTextEn(e.target.value)} multiline minRows={4} />
              <Typography variant="caption" color="text.secondary">
                {translate('tierwise.sales.warningHelp')}
              </Typography>
            </Stack>
          </ActionDialog>
        )}
      </Stack>
    </Labeled>
  );
}
