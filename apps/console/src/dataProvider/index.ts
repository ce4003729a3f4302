import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { buildSchema, introspectionFromSchema } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import schemaSource from '../../../../packages/schema/schema.graphql?raw';
import { GRAPHQL_URL } from '../authProvider';
import { session } from '../session';

const authLink = setContext((_operation, { headers }) => {
  const token = session.token();
  return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

/** One Apollo client for CRUD (ra-data-graphql-simple), sending the session's bearer token. */
export const apolloClient = new ApolloClient({
  link: from([authLink, new HttpLink({ uri: GRAPHQL_URL })]),
  cache: new InMemoryCache(),
  defaultOptions: { query: { fetchPolicy: 'network-only' }, watchQuery: { fetchPolicy: 'network-only' } },
});

/**
 * CRUD through react-admin's GraphQL conventions. The schema comes from the committed contract instead
 * of an introspection query, so the console starts with one request less and works where introspection is off.
 */
export const dataProvider = buildGraphQLProvider({
  client: apolloClient,
  introspection: { schema: introspectionFromSchema(buildSchema(schemaSource)).__schema },
});
