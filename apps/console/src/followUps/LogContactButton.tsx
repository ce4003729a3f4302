import { useState } from 'react';
import { Checkbox, FormControlLabel, MenuItem, Rating, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ContactKind } from '@tierwise/client';
import { ActionDialog } from '../common';
import { useTierwise } from '../dataProvider';

const KINDS: ContactKind[] = ['PHONE', 'BRANCH_MEETING', 'HOME_VISIT', 'VIDEO'];

/** Log a contact with a customer (it does their open follow-up; an interview does the needs interview too). */
export function LogContactButton({ customerId, interview: defaultInterview = false, onDone }: { customerId: string; interview?: boolean; onDone: () => void }) {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const [kind, setKind] = useState<ContactKind>('PHONE');
  const [notes, setNotes] = useState('');
  const [interview, setInterview] = useState(defaultInterview);
  const [rating, setRating] = useState<number | null>(null);
  return (
    <ActionDialog
      label="tierwise.advisory.logContact"
      confirmLabel="tierwise.advisory.logContact"
      disabled={!notes.trim()}
      onConfirm={async () => {
        await tierwise.logContact(customerId, kind, notes.trim(), interview, rating);
        setNotes('');
        setRating(null);
        onDone();
      }}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <TextField select label={translate('tierwise.advisory.kind')} value={kind} onChange={(e) => setKind(e.target.value as ContactKind)}>
          {KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {translate(`enums.ContactKind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={translate('tierwise.advisory.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={3} />
        <FormControlLabel
          control={<Checkbox checked={interview} onChange={(e) => setInterview(e.target.checked)} />}
          label={translate('tierwise.advisory.interview')}
        />
        <Stack>
          <Typography variant="body2" color="text.secondary">
            {translate('tierwise.advisory.rating')}
          </Typography>
          <Rating value={rating} onChange={(_, value) => setRating(value)} data-testid="contact-rating" />
        </Stack>
      </Stack>
    </ActionDialog>
  );
}
