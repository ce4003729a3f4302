import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { buildSchema, introspectionFromSchema } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import { useDataProvider, type DataProvider } from 'react-admin';
import schemaSource from '@tierwise/schema/schema.graphql?raw';
import { GRAPHQL_URL } from '../authProvider';
import { session } from '../session';
import { toReactAdminError } from './errors';
import { tierwiseMethods, type TierwiseMethods } from './methods';

const authLink = setContext((_operation, { headers }) => {
  const token = session.token();
  return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

/** One Apollo client for CRUD (ra-data-graphql-simple), sending the session's bearer token. */
export const apolloClient = new ApolloClient({
  link: from([authLink, new HttpLink({ uri: GRAPHQL_URL })]),
  cache: new InMemoryCache(),
  devtools: { enabled: false },
  defaultOptions: { query: { fetchPolicy: 'network-only' }, watchQuery: { fetchPolicy: 'network-only' } },
});

/**
 * CRUD through react-admin's GraphQL conventions. The schema comes from the committed contract instead
 * of an introspection query, so the console starts with one request less and works where introspection is off.
 */
const crud = buildGraphQLProvider({
  client: apolloClient,
  introspection: { schema: introspectionFromSchema(buildSchema(schemaSource)).__schema },
});

type Entitlement = { benefitId: string; annualQuota?: number | null; exclusive?: boolean | null };

/** Shape a record for the mutation's input types (the record carries read-only fields the inputs do not take). */
function forWrite(resource: string, data: Record<string, unknown>) {
  if (resource === 'Tier' && Array.isArray(data.entitlements)) {
    return {
      ...data,
      entitlements: (data.entitlements as Entitlement[])
        .filter((e) => e?.benefitId)
        .map((e) => ({
          benefitId: e.benefitId,
          annualQuota: e.annualQuota ?? null,
          exclusive: !!e.exclusive,
        })),
    };
  }
  if (resource === 'Customer' && typeof data.birthDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.birthDate)) {
    return { ...data, birthDate: `${data.birthDate}T00:00:00.000Z` }; // a date input gives the day; the API takes a UTC instant
  }
  return data;
}

/**
 * A customer's edit sends only what the user changed: the record arrives with personal data masked, and a masked
 * name sent back would overwrite the real one.
 */
export function changedFields(data: Record<string, unknown>, previous: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!previous) return data;
  const changed: Record<string, unknown> = { id: data.id, version: data.version };
  for (const [key, value] of Object.entries(data)) {
    if (JSON.stringify(value ?? null) !== JSON.stringify(previous[key] ?? null)) changed[key] = value;
  }
  return changed;
}

const guard = async <T>(call: () => Promise<T>): Promise<T> => {
  try {
    return await call();
  } catch (error) {
    throw toReactAdminError(error);
  }
};

/** react-admin's data provider: CRUD by its GraphQL conventions, plus the console's typed methods beyond CRUD. */
export type TierwiseDataProvider = DataProvider & TierwiseMethods;

export const dataProvider: TierwiseDataProvider = {
  getList: (resource, params) => guard(() => crud.getList(resource, params)),
  getOne: (resource, params) => guard(() => crud.getOne(resource, params)),
  getMany: (resource, params) => guard(() => crud.getMany(resource, params)),
  getManyReference: (resource, params) => guard(() => crud.getManyReference(resource, params)),
  create: (resource, params) => guard(() => crud.create(resource, { ...params, data: forWrite(resource, params.data) })),
  update: (resource, params) =>
    guard(() =>
      crud.update(resource, {
        ...params,
        data: forWrite(resource, resource === 'Customer' ? changedFields(params.data, params.previousData) : params.data),
      }),
    ),
  updateMany: (resource, params) => guard(() => crud.updateMany(resource, params)),
  delete: (resource, params) => guard(() => crud.delete(resource, params)),
  deleteMany: (resource, params) => guard(() => crud.deleteMany(resource, params)),
  ...tierwiseMethods,
};

/** The data provider with its typed methods, for components (react-admin's useDataProvider). */
export const useTierwise = () => useDataProvider<TierwiseDataProvider>();
