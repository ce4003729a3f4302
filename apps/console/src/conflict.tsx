import { createContext, useContext, useState, type ReactNode } from 'react';
import { Alert, AlertTitle, Button } from '@mui/material';
import { useFormContext } from 'react-hook-form';
import { Edit, useDataProvider, useNotify, useRecordContext, useRedirect, useResourceContext, useTranslate, type EditProps } from 'react-admin';
import { isConflict } from './dataProvider/errors';
import { useHeldChange } from './approvals/fourEyes';

interface ConflictState {
  version?: number;
}
const ConflictContext = createContext<{ conflict: ConflictState | null; clear(): void }>({ conflict: null, clear: () => undefined });

const IGNORED = new Set(['version', 'updatedAt', 'createdAt', '__typename']);

/**
 * An Edit page that saves pessimistically (a refusal is seen before the form closes) and, when someone else
 * saved first (CONFLICT), keeps the form open with the user's input and offers to load the other version.
 */
export function ConflictAwareEdit({
  children,
  redirect: redirectTo = 'show',
  ...props
}: EditProps & { children: ReactNode; redirect?: 'show' | 'list' | 'edit' }) {
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const notify = useNotify();
  const redirect = useRedirect();
  const resource = useResourceContext(props);
  const held = useHeldChange(resource);
  return (
    <Edit
      mutationMode="pessimistic"
      {...props}
      mutationOptions={{
        onError: (error: unknown) => {
          const e = error as { message?: string; body?: { currentVersion?: number; errors?: Record<string, unknown> } };
          if (isConflict(error)) {
            setConflict({ version: e.body?.currentVersion });
          } else if (!e.body?.errors || Object.keys(e.body.errors).length === 0) {
            notify(e.message ?? 'ra.notification.http_error', { type: 'error' });
          } else {
            notify('ra.message.invalid_form', { type: 'error' });
          }
        },
        onSuccess: (data: { id: string; pendingChangesIds?: string[] }) => {
          setConflict(null);
          if (held(data)) return;
          notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
          redirect(redirectTo, resource, data.id, data);
        },
      }}
    >
      <ConflictContext.Provider value={{ conflict, clear: () => setConflict(null) }}>{children}</ConflictContext.Provider>
    </Edit>
  );
}

/** Put inside the form: the conflict message, and the reload that keeps what the user typed. */
export function ConflictBanner() {
  const { conflict, clear } = useContext(ConflictContext);
  const translate = useTranslate();
  const notify = useNotify();
  const resource = useResourceContext();
  const record = useRecordContext();
  const dataProvider = useDataProvider();
  const form = useFormContext();
  const [changed, setChanged] = useState<string[] | null>(null);
  if (!record || !resource || (!conflict && changed === null)) return null;

  const reload = async () => {
    const { data: latest } = await dataProvider.getOne(resource, { id: record.id });
    const values = form.getValues();
    const dirty = Object.keys(form.formState.dirtyFields);
    setChanged(Object.keys(latest).filter((k) => !IGNORED.has(k) && JSON.stringify(latest[k]) !== JSON.stringify(record[k])));
    form.reset(latest);
    for (const key of dirty) form.setValue(key, values[key], { shouldDirty: true });
    clear();
    notify('tierwise.conflict.reloaded', { type: 'info' });
  };

  if (!conflict) {
    return (
      <Alert severity="info" sx={{ mb: 2, width: '100%' }} data-testid="conflict-reloaded">
        {translate('tierwise.conflict.reloaded')}
        {changed && changed.length > 0 && (
          <div>
            {translate('tierwise.conflict.theyChanged', {
              fields: changed.map((f) => translate(`resources.${resource}.fields.${f}`, { _: f })).join(translate('tierwise.listSeparator')),
            })}
          </div>
        )}
      </Alert>
    );
  }
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2, width: '100%' }}
      data-testid="conflict"
      action={
        <Button color="inherit" size="small" onClick={reload}>
          {translate('tierwise.conflict.reload')}
        </Button>
      }
    >
      <AlertTitle>{translate('tierwise.conflict.title')}</AlertTitle>
      {translate('tierwise.conflict.body', { version: conflict.version ?? '?' })}
    </Alert>
  );
}
