import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { useLocalFormat } from '../fields';

/** Messages (newest first) with what became of each and, for one not sent, why: a campaign's, or a customer's contact history. */
export function MessageTable({ filter }: { filter: Record<string, string> }) {
  const translate = useTranslate();
  const format = useLocalFormat();
  const { data = [], total } = useGetList('OutreachMessage', { filter, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 50 } });
  if (data.length === 0) return <Typography color="text.secondary">{translate('tierwise.outreach.noMessages')}</Typography>;
  return (
    <>
      <Table size="small" data-testid="messages">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.OutreachMessage.fields.createdAt')}</TableCell>
            <TableCell>{translate('resources.OutreachMessage.fields.channel')}</TableCell>
            <TableCell>{translate('resources.OutreachMessage.fields.status')}</TableCell>
            <TableCell>{translate('resources.OutreachMessage.fields.body')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((m) => (
            <TableRow key={m.id} data-testid={`message-${m.status}`}>
              <TableCell>{format.dateTime(m.sentAt ?? m.createdAt)}</TableCell>
              <TableCell>{translate(`enums.MessageChannel.${m.channel}`)}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={m.status === 'NOT_SENT' || m.status === 'FAILED' ? 'default' : m.status === 'HELD' ? 'warning' : 'success'}
                  label={translate(`enums.MessageStatus.${m.status}`)}
                />
                {m.reason && (
                  <Typography variant="caption" sx={{ display: 'block' }}>
                    {translate(`enums.NotSentReason.${m.reason}`)}
                    {m.holdUntil ? ` · ${translate('tierwise.outreach.until', { time: format.dateTime(m.holdUntil) })}` : ''}
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{m.body}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {total !== undefined && total > data.length && (
        <Typography variant="caption">{translate('tierwise.outreach.more', { shown: data.length, total })}</Typography>
      )}
    </>
  );
}
