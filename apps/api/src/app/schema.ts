import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import '../common/enums';
import { assertEveryOperationDeclaresAccess, authChecker, type TokenService } from '../common/auth';
import { assertEveryListIsBounded } from '../common/graphql-limits';
import { createAuthResolver, LoginThrottle } from '../modules/auth';
import { modules } from './modules';

/** Build the GraphQL schema; refuses to build if any operation does not declare who may call it. */
export async function createSchema(tokens: TokenService, throttle = new LoginThrottle()): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [createAuthResolver(tokens, throttle), ...modules.flatMap((m) => m.resolvers)],
    authChecker,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: false,
  });
  assertEveryOperationDeclaresAccess();
  assertEveryListIsBounded(schema);
  return schema;
}
