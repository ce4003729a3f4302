import { fromMinorUnits, toMinorUnits } from '@tierwise/domain';
import type { ValueTransformer } from 'typeorm';

/**
 * Decimal strings stored as integer minor units in a BIGINT: exact on SQLite (whose DECIMAL is a
 * float) and on MySQL alike. The API only ever sees fixed-point strings such as "9999999999999.99".
 */
export const scaledDecimal: ValueTransformer = {
  to: (value: string | null | undefined) => (value === null || value === undefined ? value : toMinorUnits(value)),
  from: (value: string | number | bigint | null) => (value === null ? null : fromMinorUnits(value)),
};

export const moneyColumn = { type: 'bigint', transformer: scaledDecimal } as const;
