import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { RequestContext } from '../../common/context';
import { AppError } from '../../common/errors';
import type { RateLimitStore } from '../../common/rate-limit';

/**
 * The cost of a query: one point per field, and a list field's selection counted once per item it may return
 * (its `perPage` or `limit` argument, default 25, at most 100).
 */
const costPerField: ComplexityEstimator = ({ args, childComplexity }) => {
  const pageArg = args.perPage ?? args.limit;
  const items = pageArg === undefined ? (childComplexity > 0 && 'page' in args ? 25 : 1) : Math.min(100, Math.max(1, Number(pageArg)));
  return 1 + childComplexity * items;
};

export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): number {
  return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [costPerField] });
}

const introspects = (document: DocumentNode) => {
  let found = false;
  visit(document, { [Kind.FIELD]: (node) => { if (node.name.value === '__schema' || node.name.value === '__type') found = true; } });
  return found;
};

export interface RateLimitReport { cost: number; limit: number; remaining: number; resetAt: string }

/**
 * Limits on partner API keys: each request's cost is charged to the key's budget of points per minute (shared
 * across API instances through Redis when configured), and reported in `extensions.rateLimit`; a spent budget
 * answers RATE_LIMITED (HTTP 429) with when to retry. In production partner keys cannot introspect the schema.
 */
export function partnerLimitsPlugin(schema: GraphQLSchema, store: RateLimitStore, production: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let report: RateLimitReport | null = null;
      return {
        async didResolveOperation({ contextValue: ctx, document, request }) {
          const partner = ctx.partner;
          if (!partner) return;
          if (production && introspects(document)) {
            throw new AppError('FORBIDDEN', 'Schema introspection is disabled for partner keys: use the published schema and the typed partner SDK');
          }
          const cost = queryCost(schema, document, request.variables, request.operationName);
          const used = await store.consume(partner.clientId, cost, partner.pointsPerMinute);
          report = { cost, limit: partner.pointsPerMinute, remaining: used.remaining, resetAt: used.resetAt.toISOString() };
          if (!used.allowed) {
            const retryAfterSeconds = Math.max(1, Math.ceil((used.resetAt.getTime() - Date.now()) / 1000));
            throw new AppError('RATE_LIMITED', `This API key's budget of ${partner.pointsPerMinute} points a minute is spent (this request costs ${cost}); retry after ${report.resetAt}`, {
              retryAfterSeconds, resetAt: report.resetAt, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
            });
          }
        },
        async willSendResponse({ response }) {
          if (!report || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, rateLimit: report };
        },
      };
    },
  };
}
