import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import pino from 'pino';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { RequestContext } from './context';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './unavailable';

/**
 * The structured log (JSON lines on stdout). LOG_LEVEL sets the level; tests are silent unless asked. Nothing personal
 * is logged: callers appear by user id or API key prefix, never by name, email or customer data.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'tierwise-api' },
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** A request id: the caller's `X-Request-Id` when it is a sane token, else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{1,100}$/.test(value) ? value : randomUUID();
}

/** Who called, for the log and metrics: a user id with role, an API key prefix, or anonymous. */
function callerOf(ctx: RequestContext): string {
  if (ctx.actor) return `user:${ctx.actor.id}:${ctx.actor.role}`;
  if (ctx.partner) return `key:tw_${ctx.partner.keyPrefix}`;
  return 'anonymous';
}

/**
 * The operation's label: its type and first root field when that field exists in the schema (so the metric's label
 * set is bounded by the schema, whatever names clients send), else "invalid".
 */
function operationLabel(schema: GraphQLSchema, operation: OperationDefinitionNode | undefined): string {
  if (!operation) return 'invalid';
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.QUERY
        ? schema.getQueryType()
        : null;
  const first = operation.selectionSet.selections.find((s) => s.kind === 'Field');
  const name = first && 'name' in first ? first.name.value : undefined;
  if (!root || !name) return 'invalid';
  if (name.startsWith('__')) return `${operation.operation}:introspection`;
  return root.getFields()[name] ? `${operation.operation}:${name}` : 'invalid';
}

/** Prometheus metrics: request counts and latency by operation and error code, the database pool, the process. */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'tierwise_graphql_requests_total',
    help: 'GraphQL requests by operation and outcome code',
    labelNames: ['operation', 'code'],
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'tierwise_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'tierwise_' });
    const pool = () =>
      (dataSource.driver as unknown as { pool?: { _allConnections?: unknown[]; _freeConnections?: unknown[]; _connectionQueue?: unknown[] } }).pool;
    const size = (list?: unknown[] | { length: number }) => list?.length ?? 0;
    new Gauge({
      name: 'tierwise_db_pool_connections',
      help: 'Database pool connections by state (MySQL/MariaDB; SQLite has one)',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const p = pool();
        const all = size(p?._allConnections) || (dataSource.isInitialized ? 1 : 0);
        const free = p ? size(p._freeConnections) : 0;
        this.set({ state: 'total' }, all);
        this.set({ state: 'idle' }, free);
        this.set({ state: 'busy' }, p ? all - free : all);
        this.set({ state: 'waiting' }, size(p?._connectionQueue));
      },
    });
  }
}

/**
 * One log line and one metric sample per GraphQL request: request id, operation, duration, caller and the error codes
 * sent. An error caused by the database being unreachable turns the answer into HTTP 503 with Retry-After.
 */
export function observabilityPlugin(schema: GraphQLSchema, metrics: Metrics): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      let unavailable = false;
      return {
        async didEncounterErrors({ errors }) {
          if (errors.some((e) => isDatabaseUnavailable(e))) unavailable = true;
        },
        async willSendResponse({ response, operation, operationName, contextValue: ctx }) {
          if (unavailable) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
          const label = operationLabel(schema, operation);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.requests.inc({ operation: label, code: codes[0] ?? 'OK' });
          metrics.duration.observe({ operation: label }, seconds);
          const line = {
            requestId: ctx.requestId,
            operation: label,
            operationName: operationName ?? null,
            durationMs: Math.round(seconds * 1e4) / 10,
            caller: callerOf(ctx ?? contextValue),
            status: response.http.status ?? 200,
            errors: codes,
          };
          if (codes.includes('INTERNAL_SERVER_ERROR')) logger.error(line, 'graphql request failed');
          else logger.info(line, 'graphql request');
        },
      };
    },
  };
}
