import { proposeRanges, type TierRecord } from './ranges';

const tiers: TierRecord[] = [
  { id: 'o', code: 'ORDINARY', version: 1, minAum: '0.00', maxAum: '500000.00' },
  { id: 'p', code: 'POTENTIAL', version: 2, minAum: '500000.00', maxAum: '3000000.00' },
  { id: 'h', code: 'HNW', version: 3, minAum: '3000000.00', maxAum: null },
];

describe('proposeRanges', () => {
  it('moves the neighbour below with a new lower bound', () => {
    const p = proposeRanges(tiers, { id: 'p', code: 'POTENTIAL', minAum: '600000', maxAum: '3000000.00' }, true);
    expect(p.adjustments).toEqual([{ id: 'o', version: 1, minAum: '0.00', maxAum: '600000' }]);
    expect(p.violations).toEqual([]);
  });

  it('names the gap when the neighbours stay', () => {
    const p = proposeRanges(tiers, { id: 'p', code: 'POTENTIAL', minAum: '600000', maxAum: '3000000.00' }, false);
    expect(p.adjustments).toEqual([]);
    expect(p.violations.map((v) => [v.code, v.from, v.to])).toEqual([['GAP', '500000.00', '600000.00']]);
  });

  it('moves the neighbour above with a new upper bound', () => {
    const p = proposeRanges(tiers, { id: 'p', code: 'POTENTIAL', minAum: '500000.00', maxAum: '5000000' }, true);
    expect(p.adjustments).toEqual([{ id: 'h', version: 3, minAum: '5000000', maxAum: null }]);
    expect(p.violations).toEqual([]);
  });

  it('makes room for a new tier inside the top range', () => {
    const p = proposeRanges(tiers, { code: 'UHNW', minAum: '50000000', maxAum: null }, true);
    expect(p.adjustments).toEqual([{ id: 'h', version: 3, minAum: '3000000.00', maxAum: '50000000' }]);
    expect(p.violations).toEqual([]);
  });

  it('splits a tier around a new middle tier', () => {
    const p = proposeRanges(tiers, { code: 'MID', minAum: '1000000', maxAum: '2000000' }, true);
    expect(p.violations.map((v) => v.code)).toEqual(['GAP']);
    expect(p.adjustments).toEqual([{ id: 'p', version: 2, minAum: '500000.00', maxAum: '1000000' }]);
  });

  it('refuses to swallow a tier whole', () => {
    expect(proposeRanges(tiers, { code: 'BIG', minAum: '400000', maxAum: null }, true).swallowed).toBeDefined();
  });
});
