import { dateFormat } from './calendar';
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

/**
 * A benefit redemption in the ledger: consumed at once, or reserved (held against the quota) then consumed or
 * released (the quota given back).
 */
export enum RedemptionStatus {
  RESERVED = 'RESERVED',
  CONSUMED = 'CONSUMED',
  RELEASED = 'RELEASED',
}

export const REDEMPTION_TRANSITIONS: Readonly<Record<RedemptionStatus, readonly RedemptionStatus[]>> = {
  RESERVED: [RedemptionStatus.CONSUMED, RedemptionStatus.RELEASED],
  CONSUMED: [],
  RELEASED: [],
};

export function redemptionTransitionViolation(from: RedemptionStatus, to: RedemptionStatus): RuleViolation | null {
  if (REDEMPTION_TRANSITIONS[from].includes(to)) return null;
  return {
    field: 'status',
    code: 'INVALID_REDEMPTION_TRANSITION',
    message: `A ${from} redemption cannot become ${to}${from === 'RESERVED' ? '' : ' (it is final)'}`,
  };
}

/** The quota year of an instant: the calendar year in the institution's time zone (1 January 00:00 Beijing time on). */
export function quotaYear(at: Date, timeZone: string): number {
  return Number(dateFormat('en-CA', { timeZone, year: 'numeric' }).format(at));
}

/** What is left of an annual quota (null: unlimited), never below zero. */
export function remainingQuota(annualQuota: number | null, used: number): number | null {
  return annualQuota === null ? null : Math.max(0, annualQuota - used);
}
