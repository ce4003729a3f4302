import { EditActions } from '../common';
import { ConflictAwareEdit } from '../conflict';
import { TierForm, useAllTiers, withAdjustments } from './TierForm';
import { useParams } from 'react-router-dom';

export function TierEdit() {
  const tiers = useAllTiers();
  const { id } = useParams();
  return (
    <ConflictAwareEdit actions={<EditActions />} redirect="show" transform={withAdjustments(tiers, id)}>
      <TierForm />
    </ConflictAwareEdit>
  );
}
