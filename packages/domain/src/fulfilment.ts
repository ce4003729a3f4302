import { FulfilmentStatus } from './enums';
import type { RuleViolation } from './rule-violation';

/** Where a service order may go next: accepted or rejected, then in progress, then done; DONE and REJECTED are final. */
export const FULFILMENT_TRANSITIONS: Readonly<Record<FulfilmentStatus, readonly FulfilmentStatus[]>> = {
  PENDING: [FulfilmentStatus.ACCEPTED, FulfilmentStatus.REJECTED],
  ACCEPTED: [FulfilmentStatus.IN_PROGRESS, FulfilmentStatus.REJECTED],
  IN_PROGRESS: [FulfilmentStatus.DONE, FulfilmentStatus.REJECTED],
  DONE: [],
  REJECTED: [],
};

/** Why an order cannot move from `from` to `to`, or null when it may. */
export function fulfilmentTransitionViolation(from: FulfilmentStatus, to: FulfilmentStatus): RuleViolation | null {
  const next = FULFILMENT_TRANSITIONS[from];
  if (next.includes(to)) return null;
  return { field: 'status', code: 'INVALID_TRANSITION', message: `An order that is ${from} can go to ${next.join(' or ') || 'no other status'}, not ${to}` };
}
