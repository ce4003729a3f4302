import { tierForAum, tierPartitionViolations, type TierRange } from './tier-ranges';

const plan: TierRange[] = [
  { code: 'ORDINARY', minAum: '0', maxAum: '500000' },
  { code: 'POTENTIAL', minAum: '500000', maxAum: '3000000' },
  { code: 'HNW', minAum: '3000000', maxAum: null },
];

describe('tierPartitionViolations', () => {
  it.each<[string, TierRange[], string[]]>([
    ['the plan defaults', plan, []],
    ['a single open tier', [{ code: 'ALL', minAum: '0', maxAum: null }], []],
    ['order does not matter', [plan[2], plan[0], plan[1]], []],
    ['no tiers', [], ['NO_TIERS']],
    ['does not start at 0', [{ code: 'A', minAum: '100', maxAum: null }], ['GAP']],
    ['gap in the middle', [plan[0], { ...plan[1], minAum: '600000' }, plan[2]], ['GAP']],
    ['overlap in the middle', [{ ...plan[0], maxAum: '600000' }, plan[1], plan[2]], ['OVERLAP']],
    ['top tier bounded', [plan[0], plan[1], { ...plan[2], maxAum: '9000000' }], ['GAP']],
    ['two open tops', [plan[0], { ...plan[1], maxAum: null }, plan[2]], ['OVERLAP']],
    ['max below min', [plan[0], { ...plan[1], maxAum: '400000' }, plan[2]], ['INVALID_RANGE']],
    ['max equal to min', [{ code: 'A', minAum: '0', maxAum: '0' }], ['INVALID_RANGE']],
    ['negative min', [{ code: 'A', minAum: '-1', maxAum: null }], ['INVALID_RANGE']],
    [
      'a tier inside another',
      [
        { code: 'A', minAum: '0', maxAum: null },
        { code: 'B', minAum: '10', maxAum: '20' },
      ],
      ['OVERLAP'],
    ],
    [
      'cents matter',
      [
        { code: 'A', minAum: '0', maxAum: '500000.01' },
        { code: 'B', minAum: '500000', maxAum: null },
      ],
      ['OVERLAP'],
    ],
  ])('%s', (_name, ranges, codes) => {
    expect(tierPartitionViolations(ranges).map((v) => v.code)).toEqual(codes);
  });

  it('names the gap and the tiers around it', () => {
    const [gap] = tierPartitionViolations([plan[0], { ...plan[1], minAum: '600000' }, plan[2]]);
    expect(gap).toMatchObject({ from: '500000.00', to: '600000.00', tiers: ['ORDINARY', 'POTENTIAL'] });
    expect(gap.message).toBe('Gap: AUM from 500,000 to 600,000 would be in no tier (between ORDINARY and POTENTIAL)');
  });

  it('names the overlap', () => {
    const [overlap] = tierPartitionViolations([{ ...plan[0], maxAum: '600000' }, plan[1], plan[2]]);
    expect(overlap.message).toBe('Overlap: AUM from 500,000 to 600,000 would be in both ORDINARY and POTENTIAL');
  });
});

describe('tierForAum', () => {
  it.each([
    ['0', 'ORDINARY'],
    ['499999.99', 'ORDINARY'],
    ['500000', 'POTENTIAL'],
    ['2999999.99', 'POTENTIAL'],
    ['3000000', 'HNW'],
    ['9999999999999.99', 'HNW'],
  ])('%s → %s', (aum, code) => {
    expect(tierForAum(plan, aum)?.code).toBe(code);
  });
});
