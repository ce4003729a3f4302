import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

/** A syntactically valid value for any input type, so that a call reaches the resolver's guard. */
function dummy(type: GraphQLInputType): string {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return '[]';
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${dummy(f.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    if (type.name === 'Int') return '1';
    if (type.name === 'Boolean') return 'true';
    if (type.name === 'Decimal') return '"1.00"';
    if (type.name === 'DateTimeISO') return '"2026-01-01T00:00:00.000Z"';
    return '"someone@example.com"';
  }
  throw new Error(`no dummy for ${String(type)}`);
}

export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type)).map((a) => `${a.name}: ${dummy(a.type)}`);
  let returned = field.type;
  while (isNonNullType(returned) || isListType(returned)) returned = returned.ofType;
  const selection = isObjectType(returned) ? ' { __typename }' : '';
  return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

/** Every query and mutation of a schema, with its kind. */
export const operationsOf = (schema: GraphQLSchema) => [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', f] as const),
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', f] as const),
];

/** A JSON value for any input type (for variables): required input fields only, lists of `listSize` items. */
export function sampleValue(type: GraphQLInputType, listSize = 1): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, listSize);
  if (isListType(type)) return Array.from({ length: listSize }, () => sampleValue(type.ofType, 1));
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sampleValue(f.type, 1)]),
    );
  }
  if (isScalarType(type)) {
    if (type.name === 'Int') return 1;
    if (type.name === 'Float') return 1;
    if (type.name === 'Boolean') return true;
    if (type.name === 'Decimal') return '1.00';
    if (type.name === 'DateTimeISO') return '2026-01-01T00:00:00.000Z';
    if (type.name === 'ID') return '00000000-0000-4000-8000-000000000000';
    return 'x';
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** The same operation with every argument passed as a variable: `{ query, variables }` for a raw POST. */
export function operationWithVariables(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, values: Record<string, unknown>) {
  const args = field.args.filter((a) => a.name in values);
  let returned = field.type;
  while (isNonNullType(returned) || isListType(returned)) returned = returned.ofType;
  const selection = isObjectType(returned) ? ' { __typename }' : '';
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return { query: `${kind}${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`, variables: values };
}
