import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { RequestContext } from './context';

/** Query limits: deep enough for the console's queries, no further (introspection is bounded by graphql-js itself). */
export const GRAPHQL_LIMITS = { maxDepth: 12, maxAliases: 15, maxCost: 20000, maxTokens: 4000, maxDirectives: 20 };

/**
 * The codes of the request limits, each with its own name so a client can tell which limit it hit (none is a
 * "syntax error"). All answer HTTP 400.
 */
export const LIMIT_CODES = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  cost: 'QUERY_TOO_COMPLEX',
  tokens: 'TOO_MANY_TOKENS',
  directives: 'TOO_MANY_DIRECTIVES',
} as const;

/** Codes of refusals about the request itself, that the server reports as they are. */
export const REQUEST_CODES = [...Object.values(LIMIT_CODES), 'OPERATION_NOT_SUPPORTED', 'INTROSPECTION_DISABLED'];

/** graphql-armor reports a limit as a throw of "Syntax Error: …"; report it instead as a validation error with its code. */
const reportAs = (code: string) => (ctx: ValidationContext | null, error: GraphQLError) => {
  const coded = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } });
  if (ctx) ctx.reportError(coded);
  else throw coded;
};

/** Depth, alias, directive and cost limits as validation rules (the token limit is a parse option: see `parseOptions`). */
export function armorRules(production: boolean) {
  const on = (code: string) => ({ onReject: [reportAs(code)], propagateOnRejection: false });
  return new ApolloArmor({
    // Introspection fields are left to graphql-js's own MaxIntrospectionDepthRule; only real fields named __schema are
    // skipped (a fragment of that name is counted like any other).
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ignoreIntrospection: true, ...on(LIMIT_CODES.depth) },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...on(LIMIT_CODES.aliases) },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, ...on(LIMIT_CODES.cost) },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...on(LIMIT_CODES.directives) },
    // graphql-armor's token limit re-parses in a hook whose failure becomes an HTTP 500; graphql-js does it while parsing.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** Parse options: graphql-js stops at the token limit, and Apollo answers that as a parse failure (HTTP 400). */
export const parseOptions = { maxTokens: GRAPHQL_LIMITS.maxTokens };

/** The API has no subscriptions: a subscription operation is refused up front rather than failing at execution. */
export const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(
        new GraphQLError('Subscriptions are not supported: poll the query instead', { nodes: [node], extensions: { code: 'OPERATION_NOT_SUPPORTED' } }),
      );
    }
  },
});

export function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.FIELD]: (node) => {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

/**
 * Who may introspect the schema. Outside production, anyone (local tools, codegen from a URL). In production only
 * signed-in staff (GraphiQL, Postman, codegen with a token); anonymous callers and API keys are refused with
 * INTROSPECTION_DISABLED (HTTP 403): partners and frontends use the published schema and the typed client.
 */
export function introspectionPolicy(production: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document }) {
          if (!production || contextValue.actor || !introspects(document)) return;
          throw new GraphQLError(
            contextValue.partner
              ? 'Schema introspection is disabled for API keys: use the published schema (packages/schema) and the typed SDK'
              : 'Schema introspection needs a signed-in staff account in production: sign in, or use the published schema',
            {
              extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 403, headers: new Map() } },
            },
          );
        },
      };
    },
  };
}

/**
 * Every list a client can send (an argument or an input field) states its size limit in its description ("at most N",
 * or "N to M"), and the server refuses a longer one with BAD_USER_INPUT: the schema refuses to build otherwise.
 */
export function assertEveryListIsBounded(schema: GraphQLSchema): void {
  const unbounded: string[] = [];
  const check = (where: string, type: GraphQLInputType, description: string | null | undefined) => {
    const bare = isNonNullType(type) ? type.ofType : type;
    if (isListType(bare) && !/at most [\d,]+|\d+ to [\d,]+/i.test(description ?? '')) unbounded.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.type, field.description);
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.type, arg.description);
    }
  }
  if (unbounded.length) throw new Error(`List inputs without a stated size limit ("at most N"): ${unbounded.join(', ')}`);
}

/** The size limit a list input states in its description. */
export function statedListLimit(description: string | null | undefined): number | null {
  const match = /at most ([\d,]+)|\d+ to ([\d,]+)/i.exec(description ?? '');
  return match ? Number((match[1] ?? match[2]).replace(/,/g, '')) : null;
}
