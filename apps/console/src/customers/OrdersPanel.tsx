import { useState } from 'react';
import {
  Alert,
  Checkbox,
  Chip,
  FormControlLabel,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, useGetList, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { ageOn, ELDERLY_AGE } from '@tierwise/domain';
import type { OrderChannel } from '@tierwise/client';
import { ActionDialog, useCanWrite } from '../common';
import { useTierwise } from '../dataProvider';
import { localName, useCodedText, useLocalFormat } from '../fields';
import { formatAmount } from '../i18n/coded';

type Orders = NonNullable<Awaited<ReturnType<ReturnType<typeof useTierwise>['customerOrders']>>>['orders'];
type OrderRow = Orders[number];

/** Place an order for the customer: the product, the amount, and the 65+ acknowledgement when it applies. */
function PlaceOrderButton({ customerId, elderly, onDone }: { customerId: string; elderly: boolean; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const tierwise = useTierwise();
  const [productId, setProductId] = useState('');
  const [amount, setAmount] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const { data: products = [] } = useGetList('Product', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
    filter: { status: 'ACTIVE' },
  });
  const place = async () => {
    const order = await tierwise.placeOrder(customerId, productId, amount, acknowledged);
    notify('tierwise.sales.placed', {
      type: order.status === 'REFUSED' ? 'warning' : 'info',
      messageArgs: { status: translate(`enums.OrderStatus.${order.status}`) },
    });
    onDone();
  };
  return (
    <ActionDialog
      label="tierwise.sales.place"
      confirmLabel="tierwise.sales.place"
      disabled={!productId || !/^\d+(\.\d{1,2})?$/.test(amount) || (elderly && !acknowledged)}
      onConfirm={place}
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <TextField select label={translate('tierwise.sales.product')} value={productId} onChange={(e) => setProductId(e.target.value)}>
          {products.map((p) => (
            <MenuItem key={p.id} value={p.id}>{`${p.code} · ${localName(p)} · ${p.riskLevel}`}</MenuItem>
          ))}
        </TextField>
        <TextField
          label={translate('tierwise.sales.amount')}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
        {elderly && (
          <FormControlLabel
            control={<Checkbox checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} />}
            label={translate('tierwise.sales.elderlyAcknowledge')}
          />
        )}
      </Stack>
    </ActionDialog>
  );
}

/** Show the product's special risk warning in the chosen language and record that the customer read it and confirms. */
function WarningButton({ order, onDone }: { order: OrderRow; onDone: () => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const tierwise = useTierwise();
  const [via, setVia] = useState<OrderChannel>('BRANCH');
  const { data: warning } = useQuery({ queryKey: ['riskWarning', order.productId], queryFn: () => tierwise.riskWarning(order.productId) });
  const confirm = async () => {
    await tierwise.confirmRiskWarning(order.id, order.version, warning!.version, via);
    onDone();
  };
  return (
    <ActionDialog label="tierwise.sales.warningShow" confirmLabel="tierwise.sales.warningConfirm" disabled={!warning} onConfirm={confirm}>
      {warning ? (
        <>
          <Typography variant="subtitle2">{`${translate('tierwise.sales.warning')} v${warning.version}`}</Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap', mb: 2 }} data-testid="risk-warning-text">
            {locale === 'en' ? warning.textEn : warning.textZh}
          </Typography>
        </>
      ) : (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('tierwise.sales.warningMissing')}
        </Alert>
      )}
      <TextField select label={translate('tierwise.sales.warningVia')} value={via} onChange={(e) => setVia(e.target.value as OrderChannel)} fullWidth>
        {(['BRANCH', 'APP'] as const).map((v) => (
          <MenuItem key={v} value={v}>
            {translate(`enums.OrderChannel.${v}`)}
          </MenuItem>
        ))}
      </TextField>
    </ActionDialog>
  );
}

/** Record why the customer cancels (required); in cooling-off everything paid is refunded. */
function CancelButton({ order, onDone }: { order: OrderRow; onDone: () => void }) {
  const translate = useTranslate();
  const tierwise = useTierwise();
  const format = useLocalFormat();
  const [reason, setReason] = useState('');
  const cancel = async () => {
    await tierwise.cancelOrder(order.id, order.version, reason.trim());
    onDone();
  };
  return (
    <ActionDialog label="tierwise.sales.cancel" confirmLabel="tierwise.sales.cancelConfirm" disabled={!reason.trim()} onConfirm={cancel}>
      {order.status === 'IN_COOLING_OFF' && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('tierwise.sales.cancelRefund', { amount: `${formatAmount(order.amount, format.locale)} ${order.currency}` })}
        </Alert>
      )}
      <TextField
        label={translate('tierwise.sales.cancelReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        slotProps={{ htmlInput: { maxLength: 500 } }}
        multiline
        fullWidth
        sx={{ mt: 1 }}
      />
    </ActionDialog>
  );
}

/** The steps an order may take next, as buttons (the server checks the lifecycle and the version). */
function OrderActions({ order, elderly, onDone }: { order: OrderRow; elderly: boolean; onDone: () => void }) {
  const notify = useNotify();
  const tierwise = useTierwise();
  const run = (call: () => Promise<unknown>) => async () => {
    try {
      await call();
      onDone();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  const awaiting = order.status === 'AWAITING_WARNING_CONFIRMATION';
  const open = order.status === 'DRAFT' || awaiting;
  // A partner's referral (or a birth date corrected since) reaches the advisor without the 65+ acknowledgement.
  const acknowledge = elderly && open && !order.elderlyAcknowledgedBy;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
      {acknowledge && (
        <ActionDialog
          label="tierwise.sales.elderlyAcknowledgeAction"
          confirmLabel="tierwise.sales.elderlyAcknowledgeAction"
          onConfirm={async () => {
            await tierwise.acknowledgeElderlyOrder(order.id, order.version);
            onDone();
          }}
        >
          <ElderlyText />
        </ActionDialog>
      )}
      {awaiting && !order.warningConfirmedAt && <WarningButton order={order} onDone={onDone} />}
      {!acknowledge && (order.status === 'DRAFT' || (awaiting && order.warningConfirmedAt)) && (
        <Button label="tierwise.sales.sign" onClick={run(() => tierwise.signOrder(order.id, order.version))} />
      )}
      {order.status === 'SIGNED' && <Button label="tierwise.sales.pay" onClick={run(() => tierwise.payOrder(order.id, order.version))} />}
      {['DRAFT', 'AWAITING_WARNING_CONFIRMATION', 'SIGNED', 'PAID', 'IN_COOLING_OFF'].includes(order.status) && <CancelButton order={order} onDone={onDone} />}
    </Stack>
  );
}

function ElderlyText() {
  const translate = useTranslate();
  return <Typography>{translate('tierwise.sales.elderlyAcknowledge')}</Typography>;
}

/** The customer's orders: state, the suitability decision each was placed under, cooling-off, and the next step. */
export function OrdersPanel() {
  const record = useRecordContext<{ id: string; birthDate?: string | null }>();
  const translate = useTranslate();
  const format = useLocalFormat();
  const coded = useCodedText();
  const canWrite = useCanWrite();
  const tierwise = useTierwise();
  const queryClient = useQueryClient();
  const id = record?.id ?? '';
  const { data } = useQuery({ queryKey: ['orders', id], enabled: !!id, queryFn: () => tierwise.customerOrders(id) });
  const { data: products = [] } = useGetList(
    'Product',
    { pagination: { page: 1, perPage: 100 }, filter: { ids: [...new Set((data?.orders ?? []).map((o) => o.productId))] } },
    { enabled: !!data?.orders.length },
  );
  if (!record) return null;
  const reload = () => void queryClient.invalidateQueries({ queryKey: ['orders', id] });
  const elderly = !!record.birthDate && ageOn(new Date(record.birthDate), new Date()) >= ELDERLY_AGE;
  const productName = (productId: string) => {
    const p = products.find((x) => x.id === productId);
    return p ? `${p.code} · ${p.riskLevel}` : productId;
  };
  const orders = data?.orders ?? [];
  return (
    <Stack spacing={2} sx={{ width: '100%' }} data-testid="orders">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="subtitle1">{translate('tierwise.sales.title')}</Typography>
        {canWrite && <PlaceOrderButton customerId={id} elderly={elderly} onDone={reload} />}
      </Stack>
      {data?.inCoolingOff && <Alert severity="info">{translate('tierwise.sales.inCoolingOff')}</Alert>}
      {orders.length === 0 ? (
        <Typography color="text.secondary">{translate('tierwise.sales.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('tierwise.sales.product')}</TableCell>
              <TableCell>{translate('tierwise.sales.amount')}</TableCell>
              <TableCell>{translate('tierwise.sales.status')}</TableCell>
              <TableCell>{translate('tierwise.sales.decision')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {orders.map((order) => {
              const reasons = (order.decision as { reasons?: { code: string; message: string; params: Record<string, unknown> }[] }).reasons ?? [];
              return (
                <TableRow key={order.id} data-testid={`order-${order.status}`}>
                  <TableCell>
                    {productName(order.productId)}
                    <Typography variant="caption" sx={{ display: 'block' }} color="text.secondary">
                      {translate(`enums.OrderChannel.${order.channel}`)}
                    </Typography>
                  </TableCell>
                  <TableCell>{`${formatAmount(order.amount, format.locale)} ${order.currency}`}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={translate(`enums.OrderStatus.${order.status}`)}
                      color={order.status === 'REFUSED' ? 'error' : order.status === 'CONFIRMED' ? 'success' : 'default'}
                    />
                    {order.coolingOffEndsAt && order.status === 'IN_COOLING_OFF' && (
                      <Typography variant="caption" sx={{ display: 'block' }}>
                        {translate('tierwise.sales.coolingOffUntil', { date: format.dateTime(order.coolingOffEndsAt) })}
                      </Typography>
                    )}
                    {order.refundAmount && order.status === 'CANCELLED' && (
                      <Typography variant="caption" sx={{ display: 'block' }}>
                        {translate('tierwise.sales.refund', { amount: `${formatAmount(order.refundAmount, format.locale)} ${order.currency}` })}
                      </Typography>
                    )}
                    {order.warningConfirmedAt && (
                      <Typography variant="caption" sx={{ display: 'block' }}>
                        {translate('tierwise.sales.warningConfirmed', {
                          version: order.warningVersion,
                          by: order.warningConfirmedBy,
                          via: translate(`enums.OrderChannel.${order.warningConfirmedVia}`),
                        })}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    {[
                      ...reasons.map((r) => coded('reasons', { code: r.code, params: r.params, fallback: r.message })),
                      ...order.refusalCodes
                        .filter((c) => !reasons.some((r) => r.code === c))
                        .map((c) => coded('reasons', { code: c, params: {}, fallback: c })),
                    ].join('; ')}
                  </TableCell>
                  <TableCell>{canWrite && <OrderActions order={order} elderly={elderly} onDone={reload} />}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}
