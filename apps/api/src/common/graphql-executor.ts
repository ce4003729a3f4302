import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * How many times a document is executed by graphql-js before it is compiled: a document seen once (a hostile client
 * sends a new one with every request) costs no compilation; one the console or a partner sends again is compiled once
 * and then runs as generated code.
 */
const COMPILE_AFTER = 2;

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

interface Seen {
  runs: number;
  compiled: Map<string, CompiledQuery>;
}

/**
 * GraphQL execution through graphql-jit (queries compiled to JavaScript, the same results as graphql-js). Documents are
 * the parsed, validated ones of Apollo's document store, so the compiled query lives as long as its document is cached
 * (a WeakMap: nothing here outlives the store's bound).
 */
export function jitExecutor(schema: GraphQLSchema): GatewayExecutor {
  const seen = new WeakMap<DocumentNode, Seen>();
  return async ({ document, operationName, request, context }) => {
    let entry = seen.get(document);
    if (!entry) seen.set(document, (entry = { runs: 0, compiled: new Map() }));
    const name = operationName ?? '';
    let compiled = entry.compiled.get(name);
    if (!compiled && ++entry.runs >= COMPILE_AFTER) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      // A document that does not compile (none should, once validated) runs through graphql-js as before.
      if (isCompiledQuery(result)) entry.compiled.set(name, (compiled = result));
    }
    const variables = request.variables ?? {};
    if (compiled) {
      const result = (await compiled.query(undefined, context, variables)) as ExecutionResult;
      // No `data` only when the variables did not coerce (nothing was resolved): graphql-js words those errors the way
      // Apollo recognises as the client's (BAD_USER_INPUT, HTTP 400), graphql-jit does not, so graphql-js answers them.
      if ('data' in result) return result;
    }
    return (await execute({ schema, document, contextValue: context, variableValues: variables, operationName })) as ExecutionResult;
  };
}

/**
 * Apollo Server 4+ takes a custom executor only through its gateway interface: a fixed schema, never updated, executed
 * by `jitExecutor`. Parsing, validation (with the request limits), plugins and error formatting stay Apollo's.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  return {
    async load() {
      return { executor: jitExecutor(schema) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}
