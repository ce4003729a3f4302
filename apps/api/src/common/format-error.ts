import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { FieldProblem } from './errors';
import { LIMIT_CODES, REQUEST_CODES } from './graphql-limits';
import { logger } from './observability';
import { isDatabaseUnavailable, serviceUnavailable } from './unavailable';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  ...REQUEST_CODES,
]);
const CLIENT_EXTENSIONS = ['fields', 'retryAfterSeconds', 'resetAt', 'currentVersion', 'reason', 'stale'];

/** graphql-js's messages for problems in the request that carry no code of their own. */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/;
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

/** The code a request-level problem deserves where Apollo's generic one (or none) would hide which rule it broke. */
function refinedCode(formatted: GraphQLFormattedError, error: unknown): string {
  const code = String(formatted.extensions?.code ?? '');
  // A limit reported by a validation rule keeps the rule's own code (Apollo files them all under GRAPHQL_VALIDATION_FAILED).
  const original = (error as GraphQLError | undefined)?.originalError as GraphQLError | undefined;
  const originalCode = original?.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof originalCode === 'string' && REQUEST_CODES.includes(originalCode)) return originalCode;
  if (code === 'GRAPHQL_PARSE_FAILED' && TOO_MANY_TOKENS.test(formatted.message)) return LIMIT_CODES.tokens;
  if (!code || code === 'INTERNAL_SERVER_ERROR') {
    if (TOO_MANY_VARIABLE_ERRORS.test(formatted.message)) return 'BAD_USER_INPUT';
    // Apollo's own refusals of a malformed request (an APQ hash that does not match its query, say) carry a 4xx status.
    const status = ((error as GraphQLError | undefined)?.extensions?.http as { status?: number } | undefined)?.status;
    if (status && status >= 400 && status < 500) return 'BAD_REQUEST';
  }
  return code;
}

interface ClassValidatorError {
  property: string;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

function flatten(errors: ClassValidatorError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    return [...Object.entries(e.constraints ?? {}).map(([code, message]) => ({ field, code, message })), ...flatten(e.children ?? [], field)];
  });
}

/**
 * What leaves the server: a stable `extensions.code`, a message a person can act on, the offending
 * fields for BAD_USER_INPUT, and never a stack trace. Anything unexpected is logged and hidden.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = refinedCode(formatted, error);
  const validationErrors = formatted.extensions?.validationErrors as ClassValidatorError[] | undefined;
  if (code === 'BAD_USER_INPUT' && validationErrors) {
    const fields = flatten(validationErrors);
    return { message: fields.map((f) => f.message).join('; ') || formatted.message, path: formatted.path, extensions: { code, fields } };
  }
  if (CLIENT_CODES.has(code)) {
    const extensions: Record<string, unknown> = { code };
    for (const key of CLIENT_EXTENSIONS) if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const cause = unwrapResolverError(error);
  if (isDatabaseUnavailable(cause)) {
    const unavailable = serviceUnavailable();
    return {
      message: unavailable.message,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: unavailable.extensions.retryAfterSeconds },
    };
  }
  // The error's name, message and stack only: a failed query's parameters can hold personal data.
  const e = cause instanceof Error ? cause : new Error(String(cause));
  logger.error({ error: { name: e.name, message: e.message.slice(0, 500), stack: e.stack }, path: formatted.path }, 'unexpected error');
  return {
    message: 'Internal server error: the request was not completed. If it persists, contact support.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
