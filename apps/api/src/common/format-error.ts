import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { FieldProblem } from './errors';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED',
]);
const CLIENT_EXTENSIONS = ['fields', 'retryAfterSeconds', 'resetAt', 'currentVersion'];

interface ClassValidatorError { property: string; constraints?: Record<string, string>; children?: ClassValidatorError[] }

function flatten(errors: ClassValidatorError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    return [
      ...Object.entries(e.constraints ?? {}).map(([code, message]) => ({ field, code, message })),
      ...flatten(e.children ?? [], field),
    ];
  });
}

/**
 * What leaves the server: a stable `extensions.code`, a message a person can act on, the offending
 * fields for BAD_USER_INPUT, and never a stack trace. Anything unexpected is logged and hidden.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
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
  console.error('Unexpected error', unwrapResolverError(error));
  return { message: 'Internal server error: the request was not completed. If it persists, contact support.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
