import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import {
  ArrayInput,
  BooleanInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { isDecimalString } from '@tierwise/domain';
import { choices } from '../choices';
import { ConflictBanner } from '../conflict';
import { MoneyInput } from '../inputs';
import { proposeRanges, type TierRecord } from './ranges';
import { describeViolation, TierRanges } from './TierRanges';
import { TierMovesPreview } from './TierMovesPreview';
import { localName } from '../fields';
import { wholeNumberError } from '../validate';
import { identityInputs } from '../common';
import { FourEyesInputs } from '../approvals/fourEyes';

const CODE = /^[A-Z0-9][A-Z0-9_-]*$/;

/** The other tiers, as the ranges check and the neighbour adjustments need them. */
export function useAllTiers(): TierRecord[] {
  const { data } = useGetList<TierRecord>('Tier', { pagination: { page: 1, perPage: 100 }, sort: { field: 'minAum', order: 'ASC' } });
  return data ?? [];
}

const rangeOf = (values: Record<string, unknown>, id?: string) => ({
  id,
  code: String(values.code ?? ''),
  minAum: String(values.minAum ?? ''),
  maxAum: (values.maxAum as string | null | undefined) || null,
});

/** Apply the proposal to what is sent: the neighbours' new ranges travel with the save, in one transaction. */
export function withAdjustments(tiers: TierRecord[], id?: string) {
  return (data: Record<string, unknown>) => {
    const { moveNeighbours, ...rest } = data;
    const proposal = proposeRanges(tiers, rangeOf(data, id), moveNeighbours !== false);
    return { ...rest, maxAum: rest.maxAum || null, adjustments: proposal.adjustments };
  };
}

function RangesPreview({ tiers }: { tiers: TierRecord[] }) {
  const record = useRecordContext();
  const values = useWatch();
  const proposal = proposeRanges(tiers, rangeOf(values, record?.id as string | undefined), values.moveNeighbours !== false);
  return (
    <>
      <TierRanges proposal={proposal} editedCode={String(values.code ?? '')} />
      <TierMovesPreview proposal={proposal} />
    </>
  );
}

/** The tier form, shared by create and edit: ranges checked against all the other tiers as the user types. */
export function TierForm() {
  const tiers = useAllTiers();
  const record = useRecordContext();
  const translate = useTranslate();
  const validate = useMemo(
    () => (values: Record<string, unknown>) => {
      const errors: Record<string, unknown> = {};
      if (!values.code) errors.code = 'ra.validation.required';
      else if (!CODE.test(String(values.code))) errors.code = 'tierwise.validation.code';
      if (!values.name) errors.name = 'ra.validation.required';
      if (values.minAum === null || values.minAum === undefined || values.minAum === '') errors.minAum = 'ra.validation.required';
      if (!values.responseSlaMinutes) errors.responseSlaMinutes = 'ra.validation.required';
      for (const [field, min] of [
        ['responseSlaMinutes', 1],
        ['followUpIntervalDays', 1],
      ] as const) {
        const error = wholeNumberError(values[field], min);
        if (error) errors[field] = error;
      }
      const quotas = ((values.entitlements as { annualQuota?: unknown }[] | undefined) ?? []).map((e) => wholeNumberError(e?.annualQuota, 0));
      if (quotas.some(Boolean)) errors.entitlements = quotas.map((error) => (error ? { annualQuota: error } : {}));
      if (!values.advisorModel) errors.advisorModel = 'ra.validation.required';
      const decimalsOk = [values.minAum, values.maxAum].every((v) => !v || isDecimalString(String(v)));
      if (!errors.minAum && decimalsOk && tiers.length) {
        const proposal = proposeRanges(tiers, rangeOf(values, record?.id as string | undefined), values.moveNeighbours !== false);
        if (proposal.swallowed) errors.minAum = translate('tierwise.tiers.containsTier', { tier: proposal.swallowed });
        else if (proposal.violations.length) errors[proposal.violations[0].field ?? 'minAum'] = describeViolation(proposal.violations[0], translate);
      }
      return errors;
    },
    [tiers, record, translate],
  );

  return (
    <SimpleForm validate={validate}>
      <ConflictBanner />
      {identityInputs()}
      <MoneyInput source="minAum" />
      <MoneyInput source="maxAum" helperText="tierwise.tiers.maxHelp" />
      <BooleanInput source="moveNeighbours" label="tierwise.tiers.moveNeighbours" helperText="tierwise.tiers.moveNeighboursHelp" defaultValue />
      <RangesPreview tiers={tiers} />
      <NumberInput source="responseSlaMinutes" />
      <SelectInput source="advisorModel" choices={choices.AdvisorModel} />
      <NumberInput source="followUpIntervalDays" />
      <TextInput source="description" label="tierwise.fields.descriptionZh" multiline fullWidth />
      <TextInput source="descriptionEn" multiline fullWidth />
      <ArrayInput source="entitlements">
        <SimpleFormIterator inline>
          <ReferenceInput source="benefitId" reference="Benefit" sort={{ field: 'code', order: 'ASC' }}>
            <SelectInput optionText={localName} label="resources.Tier.fields.benefitId" validate={(v: unknown) => (v ? undefined : 'ra.validation.required')} />
          </ReferenceInput>
          <NumberInput source="annualQuota" label="resources.Tier.fields.annualQuota" helperText="tierwise.tiers.quotaHelp" />
          <BooleanInput source="exclusive" label="resources.Tier.fields.exclusive" />
        </SimpleFormIterator>
      </ArrayInput>
      <FourEyesInputs />
    </SimpleForm>
  );
}
