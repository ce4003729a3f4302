import { Card, CardContent, CardHeader, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useTierwise } from '../dataProvider';

/** High-net-worth customers behind their exclusive services this year (pro rata): the advisor's and the manager's list. */
export function ExclusiveShortfalls() {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const { data = [] } = useQuery({ queryKey: ['exclusiveShortfalls'], queryFn: () => tierwise.exclusiveShortfalls() });
  return (
    <Card sx={{ mt: 2 }} data-testid="exclusive-shortfalls">
      <CardHeader title={translate('tierwise.advisory.shortfalls')} subheader={translate('tierwise.advisory.shortfallsHelp')} />
      <CardContent>
        {data.length === 0 ? (
          <Typography color="text.secondary">{translate('tierwise.advisory.noShortfalls')}</Typography>
        ) : (
          <Table size="small">
            <TableBody>
              {data.map((s) => (
                <TableRow key={s.customerId}>
                  <TableCell>
                    <Link to={`/Customer/${s.customerId}/show/contacts`}>{s.externalRef}</Link>
                  </TableCell>
                  <TableCell>{translate('tierwise.advisory.deliveredOfDue', { delivered: s.delivered, due: s.dueByNow, target: s.target })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
