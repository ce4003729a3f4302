import { useState, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import HistoryIcon from '@mui/icons-material/History';
import {
  ArrayField,
  BooleanField,
  Button,
  Create,
  CreateButton,
  type CreateProps,
  Datagrid,
  EditButton,
  FilterButton,
  ReferenceField,
  TextField,
  TextInput,
  TopToolbar,
  useListContext,
  useNotify,
  usePermissions,
  useRecordContext,
  useRedirect,
  useResourceContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { Role, roleAtLeast } from '@tierwise/domain';
import { ConflictAwareEdit } from './conflict';
import { useHeldChange } from './approvals/fourEyes';
import { ExportAllButton } from './ExportAllButton';
import { NumberField } from './fields';

/** Tiers are listed by their AUM floor, lowest first, wherever one is picked. */
export const TIER_ORDER = { field: 'minAum', order: 'ASC' } as const;

/** Whether the signed-in user may change the catalogue (product managers and admins). */
export function useCanWrite(): boolean {
  const { permissions } = usePermissions<Role | null>();
  return !!permissions && roleAtLeast(permissions, Role.PRODUCT_MANAGER);
}

/**
 * Whether the signed-in user may act for a customer (plans, proposals, credit-limit proposals): product managers and
 * admins, and advisors — private bankers and account managers — whom the API holds to their own portfolio.
 */
export function useCanAdvise(): boolean {
  const { permissions } = usePermissions<Role | null>();
  return !!permissions && (permissions === Role.ADVISOR || roleAtLeast(permissions, Role.PRODUCT_MANAGER));
}

/** Link from a record to its audit trail. */
export function HistoryButton() {
  const record = useRecordContext();
  if (!record) return null;
  const filter = encodeURIComponent(JSON.stringify({ entityId: record.id }));
  return (
    <Button component={Link} to={`/AuditEvent?filter=${filter}`} label="tierwise.audit.history">
      <HistoryIcon />
    </Button>
  );
}

export function ShowActions() {
  const canWrite = useCanWrite();
  return (
    <TopToolbar>
      <HistoryButton />
      {canWrite && <EditButton />}
    </TopToolbar>
  );
}

export function EditActions() {
  return (
    <TopToolbar>
      <HistoryButton />
    </TopToolbar>
  );
}

export function ListActions({ filters = true }: { filters?: boolean }) {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters && <FilterButton />}
      {hasCreate && <CreateButton />}
      <ExportAllButton />
    </TopToolbar>
  );
}

/** What to do when a list is empty: say so, and offer the next step. */
export function EmptyState() {
  const translate = useTranslate();
  const resource = useResourceContext() ?? '';
  const { hasCreate } = useResourceDefinition();
  const { filterValues, setFilters } = useListContext();
  const filtered = Object.keys(filterValues ?? {}).length > 0;
  return (
    <Box sx={{ textAlign: 'center', m: 4 }} data-testid="empty">
      <Typography variant="h6" color="text.secondary" gutterBottom>
        {translate(filtered ? 'tierwise.empty.filtered' : `tierwise.empty.${resource}`)}
      </Typography>
      {filtered ? <Button label="tierwise.empty.clear" onClick={() => setFilters({}, [])} /> : hasCreate && <CreateButton variant="contained" />}
    </Box>
  );
}

/** A create page that, under four eyes, opens the change request the save made instead of the (not yet) record. */
export function HeldAwareCreate({ form, transform }: { form: ReactElement; transform?: CreateProps['transform'] }) {
  const resource = useResourceContext();
  const held = useHeldChange(resource);
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      transform={transform}
      mutationOptions={{
        onSuccess: (data: { id: string; pendingChangesIds?: string[] }) => {
          if (held(data)) return;
          notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
          redirect('show', resource, data.id);
        },
      }}
    >
      {form}
    </Create>
  );
}

/** The edit page (pessimistic, conflict-aware) and the create page around one shared form. */
export function formPages(Form: ComponentType) {
  return {
    edit: () => (
      <ConflictAwareEdit actions={<EditActions />} redirect="show">
        <Form />
      </ConflictAwareEdit>
    ),
    create: () => <HeldAwareCreate form={<Form />} />,
  };
}

/**
 * A tier's or a benefit's entitlements (the same rows seen from either side): the other record, the annual quota
 * (∞ when unlimited) and whether it is exclusive. `source` is "entitlements", for the label.
 */
export function EntitlementsField({ other }: { source: 'entitlements'; other: 'Tier' | 'Benefit' }) {
  return (
    <ArrayField source="entitlements">
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <ReferenceField source={other === 'Tier' ? 'tierId' : 'benefitId'} reference={other} />
        <NumberField source="annualQuota" emptyText="∞" />
        <BooleanField source="exclusive" />
      </Datagrid>
    </ArrayField>
  );
}

/** A catalogue record's code and names on a show page: an array, so that the layout labels each field. */
export const identityFields = () => [
  <TextField key="code" source="code" />,
  <TextField key="name" source="name" />,
  <TextField key="nameEn" source="nameEn" emptyText="—" />,
];

/** The inputs for a catalogue record's code and names (the form validates them with validateCatalogueRecord). */
export const identityInputs = () => [
  <TextInput key="code" source="code" sx={{ maxWidth: 320 }} />,
  <TextInput key="name" source="name" fullWidth />,
  <TextInput key="nameEn" source="nameEn" fullWidth />,
];

/**
 * A button that opens a dialog whose action may fail: the server's message shows in the dialog, which closes when the
 * action succeeds. The content is rendered only while the dialog is open.
 */
export function ActionDialog(props: {
  label: string;
  confirmLabel: string;
  disabled?: boolean;
  icon?: ReactElement;
  onConfirm: () => Promise<unknown>;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    try {
      await props.onConfirm();
      setOpen(false);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <>
      <Button
        label={props.label}
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {props.icon}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate(props.label)}</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          {open && props.children}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label={props.confirmLabel} variant="contained" disabled={props.disabled} onClick={confirm} />
        </DialogActions>
      </Dialog>
    </>
  );
}
