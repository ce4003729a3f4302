import { GraphQLError } from 'graphql';
import type { RuleViolation } from '@tierwise/domain';

/** The stable codes a client can act on; anything else leaves the server as INTERNAL_SERVER_ERROR. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL_SERVER_ERROR';

/** A field-level problem as clients see it in `extensions.fields`. */
export interface FieldProblem {
  field?: string;
  code: string;
  message: string;
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export const unauthenticated = (why = 'Sign in first: this operation needs a valid bearer token') => new AppError('UNAUTHENTICATED', why);

export const forbidden = (needed: string) => new AppError('FORBIDDEN', `You may not do this; it needs ${needed}`);

export const notFound = (type: string, id: string) => new AppError('NOT_FOUND', `${type} ${id} does not exist`);

export const conflict = (message: string, extensions: Record<string, unknown> = {}) => new AppError('CONFLICT', message, extensions);

export const staleVersion = (type: string, id: string, currentVersion: number) =>
  conflict(`${type} ${id} was changed by someone else (now version ${currentVersion}); reload it and apply your change again`, { currentVersion });

/** BAD_USER_INPUT carrying every broken rule, so a form can show each beside its field. */
export function badInput(problems: readonly (RuleViolation | FieldProblem)[]): AppError {
  const fields = problems.map((p) => ({ field: p.field, code: p.code, message: p.message }));
  return new AppError('BAD_USER_INPUT', fields.map((f) => f.message).join('; '), { fields });
}

export function assertNoViolations(problems: readonly (RuleViolation | FieldProblem)[]): void {
  if (problems.length > 0) throw badInput(problems);
}

/** The most items a batch mutation takes per call. */
export const MAX_BATCH = 1000;

/** Refuse a list argument longer than `max` before any of it is read. */
export function assertListSize(field: string, items: readonly unknown[] | null | undefined, max: number): void {
  if (items && items.length > max) {
    throw badInput([{ field, code: 'TOO_MANY_ITEMS', message: `${field} takes at most ${max} items (${items.length} were sent): split the request` }]);
  }
}

/** Refuse a batch larger than MAX_BATCH before any of it is read. */
export function assertBatchSize(items: readonly unknown[]): void {
  if (items.length > MAX_BATCH) throw badInput([{ field: 'items', code: 'BATCH_TOO_LARGE', message: `At most ${MAX_BATCH} items per call: split the batch` }]);
}
