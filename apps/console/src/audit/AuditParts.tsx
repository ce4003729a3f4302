import { Box } from '@mui/material';
import { ReferenceField, useGetManyAggregate, useGetRecordRepresentation, useLocaleState, useTranslate } from 'react-admin';
import { auditFieldLabel, auditValueText, consentKey, HIDDEN_FIELDS, REFERENCES } from './present';

/** Entity types that are console resources: their records are shown by code and name, linking to them. */
export const AUDITED_RESOURCES = [
  'Product',
  'Tier',
  'Benefit',
  'PartnerInstitution',
  'User',
  'Customer',
  'NeedRule',
  'ScenarioPackage',
  'ApiClient',
  'SavedSegment',
];

/** The audited record by its representation (code and name), or its id if it is gone or not a console resource. */
export function AuditEntity({ entityType, entityId, link = 'show' }: { entityType: string; entityId: string; link?: 'show' | false }) {
  // a batch or another record of no page of its own: a short reference, not a 36-character id
  if (!AUDITED_RESOURCES.includes(entityType)) return <>#{entityId.slice(0, 8)}</>;
  return (
    <ReferenceField
      record={{ id: entityId, entityId }}
      source="entityId"
      reference={entityType}
      link={link}
      emptyText={entityId}
      // a deleted record: its id, not a spinner
      queryOptions={{ retry: false }}
    />
  );
}

/** Names of the referenced records (one batched request per resource across the page). */
function ReferenceNames({ reference, ids }: { reference: string; ids: string[] }) {
  const { data } = useGetManyAggregate(reference, { ids });
  const represent = useGetRecordRepresentation(reference);
  const byId = new Map((data ?? []).map((r) => [String(r.id), r]));
  return <>{ids.map((id) => (byId.has(id) ? String(represent(byId.get(id)!)) : id)).join(', ')}</>;
}

export function AuditValue({ entityType, field, value }: { entityType: string; field: string; value: unknown }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const reference = REFERENCES[field];
  if (reference && value) {
    const ids = (Array.isArray(value) ? value : [value]).map(String);
    return ids.length ? <ReferenceNames reference={reference} ids={ids} /> : <>{translate('tierwise.audit.empty')}</>;
  }
  return <>{auditValueText(translate, entityType, field, value, locale) ?? translate('tierwise.audit.empty')}</>;
}

export function AuditField({ entityType, field }: { entityType: string; field: string }) {
  const translate = useTranslate();
  const consent = consentKey(field);
  return (
    <>
      {auditFieldLabel(translate, entityType, field)}
      {consent?.partnerId && (
        <Box component="span">
          {' '}
          · <ReferenceNames reference="PartnerInstitution" ids={[consent.partnerId]} />
        </Box>
      )}
    </>
  );
}

/** "Field: before → after" for each change, the way the list and the dashboard summarise an entry. */
export function ChangeSummary({ entityType, changes, max = 3 }: { entityType: string; changes: Record<string, unknown>; max?: number }) {
  const entries = Object.entries((changes ?? {}) as Record<string, { before: unknown; after: unknown }>).filter(([field]) => !HIDDEN_FIELDS.has(field));
  return (
    <Box component="span" data-testid="change-summary">
      {entries.slice(0, max).map(([field, { before, after }]) => (
        <Box component="span" key={field} sx={{ display: 'block' }}>
          <AuditField entityType={entityType} field={field} />: <AuditValue entityType={entityType} field={field} value={before} /> →{' '}
          <AuditValue entityType={entityType} field={field} value={after} />
        </Box>
      ))}
      {entries.length > max && <Box component="span">…</Box>}
    </Box>
  );
}
