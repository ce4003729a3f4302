import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isDecimalString, MAX_MONEY, moneyProblem } from '@tierwise/domain';

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !isDecimalString(value)) {
    throw new GraphQLError(`Expected a decimal string with at most 2 decimal places (e.g. "500000.00"), got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const problem = moneyProblem(value);
  if (problem) throw new GraphQLError(problem, { extensions: { code: 'BAD_USER_INPUT' } });
  return value.trim().replace(/,/g, '');
}

/** An exact decimal as a string: money in the record's currency, or a percentage. Never a float. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: `An exact decimal number as a string with up to 2 decimal places, e.g. "9999999999999.99" (at most ${MAX_MONEY}). Never a float.`,
  serialize: (value) => String(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Decimal values are sent as strings, e.g. "500000.00"', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return parseDecimal(ast.value);
  },
});
