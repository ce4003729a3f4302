import { HttpError } from 'ra-core';
import { RULE_MESSAGES as TRANSLATED } from '../i18n/rule-messages';

interface ServerError {
  message: string;
  extensions?: { code?: string; fields?: { field?: string; code: string; message: string }[]; currentVersion?: number; retryAfterSeconds?: number };
}

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429 };

/**
 * A GraphQL refusal as react-admin understands it: an HttpError whose status follows `extensions.code`, and
 * for BAD_USER_INPUT `body.errors` keyed by field, so that a form shows each message beside its field.
 */
export function toReactAdminError(error: unknown): unknown {
  // ra-data-graphql wraps Apollo's error in an HttpError (status 200) whose body is the Apollo error.
  const e = error as { graphQLErrors?: ServerError[]; body?: { graphQLErrors?: ServerError[] } };
  const gql = (e?.graphQLErrors ?? e?.body?.graphQLErrors)?.[0];
  if (!gql) return error;
  const code = gql.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const errors: Record<string, unknown> = {};
  for (const f of gql.extensions?.fields ?? []) {
    if (f.field) errors[f.field.split('.')[0]] = TRANSLATED[f.code] ?? f.message;
  }
  if (Object.keys(errors).length) errors.root = { serverError: gql.message };
  return new HttpError(gql.message, STATUS[code] ?? 500, { code, errors, currentVersion: gql.extensions?.currentVersion });
}

export const isConflict = (error: unknown) => (error as { status?: number })?.status === 409;
