import { Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { useTierwise } from '../dataProvider';
import { useLocalFormat } from '../fields';
import { LogContactButton } from '../followUps/LogContactButton';

/** Contacts logged with the customer, newest first, and a button to log one. */
export function ContactsPanel() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const format = useLocalFormat();
  const tierwise = useTierwise();
  const queryClient = useQueryClient();
  const id = record?.id ?? '';
  const { data } = useQuery({ queryKey: ['contacts', id], enabled: !!id, queryFn: () => tierwise.customerContacts(id) });
  if (!record || !data) return null;
  return (
    <Stack spacing={2} sx={{ width: '100%' }} data-testid="contacts">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="subtitle1">{translate('tierwise.advisory.contacts')}</Typography>
        <LogContactButton customerId={id} onDone={() => void queryClient.invalidateQueries({ queryKey: ['contacts', id] })} />
      </Stack>
      {data.contacts.length === 0 ? (
        <Typography color="text.secondary">{translate('tierwise.advisory.noContacts')}</Typography>
      ) : (
        <Table size="small">
          <TableBody>
            {data.contacts.map((c) => (
              <TableRow key={c.id}>
                <TableCell>{format.dateTime(c.contactedAt)}</TableCell>
                <TableCell>
                  {translate(`enums.ContactKind.${c.kind}`)}
                  {c.interview ? ` · ${translate('tierwise.advisory.interviewShort')}` : ''}
                  {c.satisfaction ? ` · ${translate('tierwise.advisory.rated', { rating: c.satisfaction })}` : ''}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{c.notes}</TableCell>
                <TableCell>{c.loggedBy}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
