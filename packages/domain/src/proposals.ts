import Decimal from 'decimal.js';

/**
 * What a proposal's lines grow to at the goal's horizon: low, expected (the middle of each line's return range) and high,
 * in money of then and of today (deflated by inflation). Each line compounds yearly at its rate; a line whose term ends
 * before the horizon is assumed rolled over at the same rate (the planner says so on the summary). The arithmetic is
 * the planning calculators': decimal.js at 40 significant digits, amounts rounded half-up to the fen.
 */
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;
const fen = (d: Dec) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

export interface ProjectedLine {
  /** CNY, a decimal string. */
  amount: string;
  /** Annual return range, percent ("2.5" … "4.0"); low may be negative for risk products. */
  returnLow: string;
  returnHigh: string;
}

export interface Projection {
  invested: string;
  low: string;
  expected: string;
  high: string;
  /** The same, in today's money. */
  lowReal: string;
  expectedReal: string;
  highReal: string;
  /** Whether the expected outcome (in money of then) reaches the target. */
  reachesTarget: boolean | null;
}

const grow = (amount: Dec, percent: Dec, years: number) => amount.times(percent.dividedBy(100).plus(1).pow(years));

/** The projected outcome of a proposal at `horizonYears`, with `inflation` (annual percent) for the real figures. */
export function projectProposal(lines: ProjectedLine[], horizonYears: number, inflation: string, target?: string | null): Projection {
  if (!Number.isInteger(horizonYears) || horizonYears < 1 || horizonYears > 50) throw new Error('The horizon is 1 to 50 whole years');
  const deflator = new D(inflation).dividedBy(100).plus(1).pow(horizonYears);
  let invested = new D(0);
  let low = new D(0);
  let expected = new D(0);
  let high = new D(0);
  for (const l of lines) {
    const amount = new D(l.amount);
    const lo = new D(l.returnLow);
    const hi = new D(l.returnHigh);
    if (lo.gt(hi)) throw new Error(`A return range runs from low to high (${l.returnLow} > ${l.returnHigh})`);
    invested = invested.plus(amount);
    low = low.plus(grow(amount, lo, horizonYears));
    expected = expected.plus(grow(amount, lo.plus(hi).dividedBy(2), horizonYears));
    high = high.plus(grow(amount, hi, horizonYears));
  }
  return {
    invested: fen(invested),
    low: fen(low),
    expected: fen(expected),
    high: fen(high),
    lowReal: fen(low.dividedBy(deflator)),
    expectedReal: fen(expected.dividedBy(deflator)),
    highReal: fen(high.dividedBy(deflator)),
    reachesTarget: target ? expected.gte(target) : null,
  };
}
