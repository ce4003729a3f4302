import { GraphQLError } from 'graphql';

/** How long a client is asked to wait before retrying while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_LOCK_WAIT_TIMEOUT',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
]);
const UNAVAILABLE_MESSAGES =
  /Pool is closed|connection is in closed state|Connection lost|database connection is not open|Too many connections|Driver not Connected|Cannot execute operation on .* connection because connection is not yet established|Server has gone away|Lost connection to (MySQL|MariaDB) server/i;

/** Whether an error (or what it wraps) says the database cannot be reached right now, rather than a fault in the request. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as {
    code?: unknown;
    message?: unknown;
    errno?: unknown;
    originalError?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
    thrownValue?: unknown;
  };
  // SQLite's extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_SHORT_READ, …) are judged by their primary code.
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code.replace(/^(SQLITE_[A-Z]+)_[A-Z_]+$/, '$1'))) return true;
  if (e.errno === 2002 || e.errno === 2003 || e.errno === 2006 || e.errno === 2013) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  // graphql-js wraps a thrown non-Error (mysql2 rejects with plain objects) and keeps it as `thrownValue`.
  const nested = [e.originalError, e.driverError, e.cause, e.thrownValue, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((inner) => inner !== error && isDatabaseUnavailable(inner, depth + 1));
}

/** SERVICE_UNAVAILABLE (HTTP 503, Retry-After): the client may try again shortly; nothing about the request was wrong. */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError(`The service cannot reach its database right now; nothing was changed. Try again in ${RETRY_AFTER_SECONDS} seconds.`, {
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}
