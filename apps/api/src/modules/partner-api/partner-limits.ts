import type { ApolloServerPlugin } from '@apollo/server';
import { isListType, isNonNullType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { RequestContext } from '../../common/context';
import { AppError } from '../../common/errors';
import type { RateLimitStore } from '../../common/rate-limit';

/** Items a list field is counted for when the query does not say: a page's default size, or a small collection. */
const DEFAULT_PAGE = 25;
const SMALL_COLLECTION = 5;

/**
 * The cost of a query: one point per field, and a list field's selection counted once per item it may return: its
 * `perPage` or `limit` argument (at most 100), else the default page of 25 for a paged list, or 5 for a small
 * collection without paging (a customer's needs, a recommendation's reasons).
 */
const costPerField: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (!isListType(type)) return 1 + childComplexity;
  const asked = args.perPage ?? args.limit;
  const paged = field.args.some((a) => a.name === 'perPage' || a.name === 'limit');
  const items = asked !== undefined && asked !== null ? Math.min(100, Math.max(1, Number(asked))) : paged ? DEFAULT_PAGE : SMALL_COLLECTION;
  return 1 + childComplexity * items;
};

/**
 * The cost of a request, or null when it cannot be worked out because its variables are missing or of the wrong type
 * (execution then refuses it with BAD_USER_INPUT, exactly as for a staff caller).
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number | null {
  try {
    return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [costPerField] });
  } catch {
    return null;
  }
}

export interface RateLimitReport {
  cost: number;
  limit: number;
  remaining: number;
  resetAt: string;
}

/**
 * Limits on partner API keys: each request's cost is charged to the key's budget of points per minute (shared
 * across API instances through Redis when configured), and reported in `extensions.rateLimit`; a spent budget
 * answers RATE_LIMITED (HTTP 429) with when to retry.
 */
export function partnerLimitsPlugin(schema: GraphQLSchema, store: RateLimitStore): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let report: RateLimitReport | null = null;
      return {
        async didResolveOperation({ contextValue: ctx, document, request }) {
          const partner = ctx.partner;
          if (!partner) return;
          // A request whose cost cannot be worked out is refused at execution (BAD_USER_INPUT); it is charged one point.
          const cost = queryCost(schema, document, request.variables, request.operationName) ?? 1;
          const used = await store.consume(partner.clientId, cost, partner.pointsPerMinute);
          report = { cost, limit: partner.pointsPerMinute, remaining: used.remaining, resetAt: used.resetAt.toISOString() };
          if (!used.allowed) {
            const retryAfterSeconds = Math.max(1, Math.ceil((used.resetAt.getTime() - Date.now()) / 1000));
            throw new AppError(
              'RATE_LIMITED',
              `This API key's budget of ${partner.pointsPerMinute} points a minute is spent (this request costs ${cost}); retry after ${report.resetAt}`,
              {
                retryAfterSeconds,
                resetAt: report.resetAt,
                http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
              },
            );
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
