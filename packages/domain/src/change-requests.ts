import Decimal from 'decimal.js';
import type { RuleViolation } from './rule-violation';

/**
 * Four eyes (maker–checker): a change to the catalogue is submitted by one person, approved by another, and applied at
 * its effective instant. Nothing is deleted: a request ends APPLIED, REJECTED (with a reason), CANCELLED by its maker,
 * SUPERSEDED (the record changed meanwhile) or FAILED (the rules refused it when its time came).
 */
export enum ChangeRequestStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  APPLIED = 'APPLIED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  SUPERSEDED = 'SUPERSEDED',
  FAILED = 'FAILED',
}

/** What a change does to its record. */
export enum ChangeOperation {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  STATUS = 'STATUS',
  DELETE = 'DELETE',
}

/** The kinds of record under four eyes (each with its own checker permission). */
export enum ChangeResource {
  PRODUCT = 'PRODUCT',
  TIER = 'TIER',
  BENEFIT = 'BENEFIT',
  PARTNER_INSTITUTION = 'PARTNER_INSTITUTION',
  NEED_RULE = 'NEED_RULE',
  SCENARIO_PACKAGE = 'SCENARIO_PACKAGE',
  RISK_QUESTIONNAIRE = 'RISK_QUESTIONNAIRE',
  /** Marketing content is approved before it goes out. */
  CAMPAIGN = 'CAMPAIGN',
  /** What the smart customer service tells customers. */
  KNOWLEDGE_ENTRY = 'KNOWLEDGE_ENTRY',
  /** The rules that propose credit-limit changes (a checker holding it also approves the changes they propose). */
  CREDIT_LINE_RULE = 'CREDIT_LINE_RULE',
}

export const CHANGE_TRANSITIONS: Readonly<Record<ChangeRequestStatus, readonly ChangeRequestStatus[]>> = {
  [ChangeRequestStatus.DRAFT]: [ChangeRequestStatus.SUBMITTED, ChangeRequestStatus.CANCELLED, ChangeRequestStatus.SUPERSEDED],
  [ChangeRequestStatus.SUBMITTED]: [ChangeRequestStatus.APPROVED, ChangeRequestStatus.REJECTED, ChangeRequestStatus.CANCELLED, ChangeRequestStatus.SUPERSEDED],
  [ChangeRequestStatus.APPROVED]: [ChangeRequestStatus.APPLIED, ChangeRequestStatus.CANCELLED, ChangeRequestStatus.SUPERSEDED, ChangeRequestStatus.FAILED],
  [ChangeRequestStatus.APPLIED]: [],
  [ChangeRequestStatus.REJECTED]: [],
  [ChangeRequestStatus.CANCELLED]: [],
  [ChangeRequestStatus.SUPERSEDED]: [],
  [ChangeRequestStatus.FAILED]: [],
};

/** Requests still waiting for something: a decision or their effective instant. */
export const OPEN_CHANGE_STATUSES: readonly ChangeRequestStatus[] = [ChangeRequestStatus.DRAFT, ChangeRequestStatus.SUBMITTED, ChangeRequestStatus.APPROVED];

/** Why a request may not go from one status to another (null when it may). */
export function changeTransitionViolation(from: ChangeRequestStatus, to: ChangeRequestStatus): RuleViolation | null {
  if (CHANGE_TRANSITIONS[from].includes(to)) return null;
  const next = CHANGE_TRANSITIONS[from];
  return {
    code: 'INVALID_CHANGE_TRANSITION',
    field: 'status',
    message: `A ${from} change request cannot become ${to}${next.length ? ` (it can become ${next.join(' or ')})` : ' (it is final)'}`,
  };
}

/**
 * Who may decide a submitted request: someone holding the checker permission for its resource, never its maker —
 * whatever their role (an administrator included). Null when `checker` may.
 */
export function approvalRefusal(
  request: { makerId: string; resource: ChangeResource },
  checker: { id: string; approves: readonly ChangeResource[] },
): 'SELF_APPROVAL' | 'NOT_A_CHECKER' | null {
  if (checker.id === request.makerId) return 'SELF_APPROVAL';
  if (!checker.approves.includes(request.resource)) return 'NOT_A_CHECKER';
  return null;
}

/** One field's change: what it was, and what it becomes (null for a field a create sets or a delete removes). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;
/** Equal as stored: decimals compare by value ("1000" is "1000.00"), the rest by their JSON form. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string' && NUMERIC.test(a) && NUMERIC.test(b)) return new Decimal(a).equals(b);
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The per-field difference between a record and what a change makes of it: every field `after` sets to another value
 * (a create: `before` null; a delete: `after` null, every field of `before`).
 */
export function fieldDiff(before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  if (after === null) return Object.entries(before ?? {}).map(([field, value]) => ({ field, before: value, after: null }));
  return Object.entries(after)
    .filter(([field, value]) => value !== undefined && !same(before?.[field], value))
    .map(([field, value]) => ({ field, before: before?.[field] ?? null, after: value }));
}
