import { Create } from 'react-admin';
import { TierForm, useAllTiers, withAdjustments } from './TierForm';

export function TierCreate() {
  const tiers = useAllTiers();
  return (
    <Create redirect="show" transform={withAdjustments(tiers)}>
      <TierForm />
    </Create>
  );
}
