import { decideTier, DEFAULT_TIERING_POLICY, placementAfterAumChange, tieringBasis, type TieringPolicy } from './tiering';
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
