import { parseArgs } from 'node:util';

/** A whole-number command-line option (`--name 42`), at least `min`, or the fallback when it is not given. */
export function wholeNumberOption(name: string, fallback: number, min = 0): number {
  const { values } = parseArgs({ options: { [name]: { type: 'string' } }, strict: false, allowPositionals: true });
  const given = values[name];
  // `--name` with no value is a mistake, not a request for the default.
  const value = given === undefined ? fallback : typeof given === 'string' ? Number(given) : Number.NaN;
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} takes a whole number${min > 0 ? ` of at least ${min}` : ''}`);
  return value;
}
