import { HeldAwareCreate } from '../common';
import { TierForm, useAllTiers, withAdjustments } from './TierForm';

export function TierCreate() {
  const tiers = useAllTiers();
  return <HeldAwareCreate form={<TierForm />} transform={withAdjustments(tiers)} />;
}
