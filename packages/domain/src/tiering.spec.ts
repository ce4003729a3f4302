import {
  DAY_MS,
  decideTier,
  DEFAULT_TIERING_POLICY,
  MAX_TIER_REVIEW_DAYS,
  nextTierReview,
  placementAfterAumChange,
  tieringBasis,
  tieringWindow,
  type TieringPolicy,
  type TierState,
} from './tiering';
import type { TierRange } from './tier-ranges';

const plan: TierRange[] = [
  { code: 'ORDINARY', minAum: '0', maxAum: '500000' },
  { code: 'POTENTIAL', minAum: '500000', maxAum: '3000000' },
  { code: 'HNW', minAum: '3000000', maxAum: null },
];
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const TODAY = day('2026-11-29');

describe('tieringBasis', () => {
  const policy: TieringPolicy = { ...DEFAULT_TIERING_POLICY, averageDays: 4 };
  it('uses the current AUM when the policy says so', () => {
    expect(tieringBasis([], '123.456', { ...policy, basis: 'CURRENT_AUM' }, TODAY)).toBe('123.46');
  });
  it.each<[string, { day: Date; aum: string }[], string]>([
    [
      'a full window',
      [
        ['26', '100'],
        ['27', '200'],
        ['28', '300'],
        ['29', '400'],
      ].map(([d, aum]) => ({ day: day(`2026-11-${d}`), aum })),
      '250.00',
    ],
    [
      'a missing day carries the previous value',
      [
        { day: day('2026-11-26'), aum: '100' },
        { day: day('2026-11-28'), aum: '500' },
      ],
      '300.00',
    ],
    [
      'a snapshot before the window sets its first days',
      [
        { day: day('2026-11-01'), aum: '1000' },
        { day: day('2026-11-29'), aum: '0' },
      ],
      '750.00',
    ],
    [
      'a new customer is averaged over the days they have been here',
      [
        { day: day('2026-11-28'), aum: '100' },
        { day: day('2026-11-29'), aum: '200' },
      ],
      '150.00',
    ],
    [
      'later snapshots are ignored',
      [
        { day: day('2026-11-29'), aum: '100' },
        { day: day('2026-11-30'), aum: '999999' },
      ],
      '100.00',
    ],
    ['no snapshot: current AUM', [], '42.00'],
    ['exact on large amounts', [{ day: day('2026-11-29'), aum: '9999999999999.99' }], '9999999999999.99'],
  ])('%s', (_name, snapshots, expected) => {
    expect(tieringBasis(snapshots, '42', policy, TODAY)).toBe(expected);
  });
});

describe('tieringWindow', () => {
  const policy: TieringPolicy = { ...DEFAULT_TIERING_POLICY, averageDays: 4 };
  it('gives the lowest and highest value averaged, the carried one included, and the days counted', () => {
    const snapshots = [
      { day: day('2026-11-01'), aum: '1000' },
      { day: day('2026-11-28'), aum: '10' },
    ];
    expect(tieringWindow(snapshots, '5', policy, TODAY)).toEqual({ basis: '505.00', low: '10.00', high: '1000.00', days: 4 });
  });
  it('a new customer counts only their days', () => {
    expect(tieringWindow([{ day: day('2026-11-29'), aum: '7' }], '5', policy, TODAY)).toEqual({ basis: '7.00', low: '7.00', high: '7.00', days: 1 });
  });
  it('no snapshot or the current-AUM policy cannot move until the AUM does', () => {
    expect(tieringWindow([], '5', policy, TODAY)).toEqual({ basis: '5.00', low: '5.00', high: '5.00', days: 1 });
    expect(tieringWindow([{ day: day('2026-11-29'), aum: '7' }], '5', { ...policy, basis: 'CURRENT_AUM' }, TODAY).high).toBe('5.00');
  });
});

describe('nextTierReview', () => {
  const policy: TieringPolicy = { basis: 'AVERAGE_DAILY_AUM', averageDays: 10, downgradeGraceDays: 5 };
  const daysAfter = (d: Date) => Math.round((d.getTime() - TODAY.getTime()) / DAY_MS);
  const review = (state: TierState, window: { basis: string; low: string; high: string; days: number }) =>
    daysAfter(nextTierReview(plan, state, window, policy, TODAY));

  it('nothing can move a constant basis: a yearly look', () => {
    expect(review({ tier: 'POTENTIAL', belowFloorSince: null }, { basis: '600000.00', low: '600000.00', high: '600000.00', days: 10 })).toBe(
      MAX_TIER_REVIEW_DAYS,
    );
  });
  it('values that all lie inside the tier cannot take the average out of it', () => {
    expect(review({ tier: 'POTENTIAL', belowFloorSince: null }, { basis: '700000.00', low: '500000.00', high: '2999999.99', days: 10 })).toBe(
      MAX_TIER_REVIEW_DAYS,
    );
  });
  it('the first day the average could reach the floor, at (high − low) ÷ days a day', () => {
    // 100,000 a day at most; 250,000 above the floor: a crossing is possible on day 3 at the earliest.
    expect(review({ tier: 'POTENTIAL', belowFloorSince: null }, { basis: '750000.00', low: '0.00', high: '1000000.00', days: 10 })).toBe(3);
  });
  it('the first day the average could reach the next tier', () => {
    // 300,000 a day at most; 1,000,000 below the ceiling: day 4.
    expect(review({ tier: 'POTENTIAL', belowFloorSince: null }, { basis: '2000000.00', low: '0.00', high: '3000000.00', days: 10 })).toBe(4);
  });
  it('during the grace period: its end, or the first day the basis could be back above the floor', () => {
    const since = new Date(TODAY.getTime() - 2 * DAY_MS);
    expect(review({ tier: 'POTENTIAL', belowFloorSince: since }, { basis: '400000.00', low: '400000.00', high: '400000.00', days: 10 })).toBe(3);
    expect(review({ tier: 'POTENTIAL', belowFloorSince: since }, { basis: '499999.00', low: '0.00', high: '600000.00', days: 10 })).toBe(1);
  });
  it('never today, even on the floor', () => {
    expect(review({ tier: 'POTENTIAL', belowFloorSince: null }, { basis: '500000.00', low: '0.00', high: '600000.00', days: 10 })).toBe(1);
  });

  // The property the incremental run rests on: until the review day, with no new AUM, every day's decision is the
  // same as today's. Random histories around the tier boundaries, each day re-decided as a full run would.
  it('before the review day no decision changes (random histories, carried forward)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const boundaries = [500000, 3000000];
    let checked = 0;
    for (let run = 0; run < 400; run++) {
      const centre = boundaries[Math.floor(random() * 2)] * (0.7 + random() * 0.6);
      const spread = centre * random() * 0.5;
      const length = 1 + Math.floor(random() * 14);
      const snapshots = Array.from({ length }, (_, i) => ({
        day: new Date(TODAY.getTime() - (length - 1 - i) * DAY_MS),
        aum: Math.max(0, centre + (random() - 0.5) * spread).toFixed(2),
      }));
      const initial = decideTier(
        plan,
        { tier: random() < 0.5 ? 'POTENTIAL' : 'ORDINARY', belowFloorSince: null },
        tieringBasis(snapshots, '0', policy, TODAY),
        policy,
        TODAY,
      );
      const state: TierState = { tier: initial.tier, belowFloorSince: initial.belowFloorSince };
      const due = daysAfter(nextTierReview(plan, state, tieringWindow(snapshots, '0', policy, TODAY), policy, TODAY));
      expect(due).toBeGreaterThanOrEqual(1);
      for (let k = 1; k < Math.min(due, 2 * (policy.averageDays + policy.downgradeGraceDays)); k++) {
        const on = new Date(TODAY.getTime() + k * DAY_MS);
        const next = decideTier(plan, state, tieringBasis(snapshots, '0', policy, on), policy, on);
        expect({ run, k, tier: next.tier, since: next.belowFloorSince?.getTime() ?? null }).toEqual({
          run,
          k,
          tier: state.tier,
          since: state.belowFloorSince?.getTime() ?? null,
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('decideTier', () => {
  const p = DEFAULT_TIERING_POLICY;
  it.each<[string, string | null, Date | null, string, string, boolean, Date | null]>([
    ['first placement', null, null, '600000', 'POTENTIAL', true, null],
    ['stays', 'POTENTIAL', null, '600000', 'POTENTIAL', false, null],
    ['upgrades at once', 'ORDINARY', null, '500000', 'POTENTIAL', true, null],
    ['upgrades two tiers at once', 'ORDINARY', null, '3000000', 'HNW', true, null],
    ['below the floor: the grace clock starts', 'POTENTIAL', null, '499999.99', 'POTENTIAL', false, TODAY],
    ['still in grace after 89 days', 'POTENTIAL', day('2026-09-01'), '100', 'POTENTIAL', false, day('2026-09-01')],
    ['downgrades after 90 days', 'POTENTIAL', day('2026-08-31'), '100', 'ORDINARY', true, null],
    ['back above the floor: the clock stops', 'POTENTIAL', day('2026-09-01'), '500000', 'POTENTIAL', false, null],
    ['a tier that no longer exists: placed afresh', 'GOLD', null, '100', 'ORDINARY', true, null],
  ])('%s', (_name, tier, since, basis, expectedTier, changed, expectedSince) => {
    const d = decideTier(plan, { tier, belowFloorSince: since }, basis, p, TODAY);
    expect([d.tier, d.changed, d.belowFloorSince]).toEqual([expectedTier, changed, expectedSince]);
    expect(d.reason).toContain(basis);
  });
});

describe('placement after an AUM change (a hand edit or a batch load)', () => {
  const tiers = [
    { id: 'o', code: 'ORDINARY', minAum: '0', maxAum: '500000' },
    { id: 'p', code: 'POTENTIAL', minAum: '500000', maxAum: '3000000' },
    { id: 'h', code: 'HNW', minAum: '3000000', maxAum: null },
  ];
  it.each([
    ['a first placement takes effect at once', '800000', null, 'p'],
    ['an upgrade takes effect at once', '3000000', 'p', 'h'],
    ['the same tier: nothing to change', '900000', 'p', undefined],
    ['a downgrade waits for the re-tiering run and its grace period', '100', 'h', undefined],
    ['an unknown current tier counts as none', '100', 'gone', 'o'],
  ])('%s', (_name, aum, current, expected) => {
    expect(placementAfterAumChange(tiers, aum, current)).toBe(expected);
  });
});
