import { projectProposal } from './proposals';

describe('the projected outcome of a proposal', () => {
  it('grows each line by its return range to the horizon, and deflates it to today’s money', () => {
    // A 10-year plan: 1,000,000 in a fixed-income core (3–4%), 500,000 in equities (−5% … +11%), inflation 2%.
    const p = projectProposal(
      [
        { amount: '1000000', returnLow: '3', returnHigh: '4' },
        { amount: '500000', returnLow: '-5', returnHigh: '11' },
      ],
      10,
      '2',
      '2000000',
    );
    expect(p).toEqual({
      invested: '1500000.00',
      low: '1643284.85',
      expected: '2082556.95',
      high: '2899954.78',
      lowReal: '1348065.93',
      expectedReal: '1708422.05',
      highReal: '2378972.97',
      reachesTarget: true,
    });
  });

  it('refuses a range upside down or a horizon that is not whole years', () => {
    expect(() => projectProposal([{ amount: '1', returnLow: '5', returnHigh: '1' }], 10, '2')).toThrow(/low to high/);
    expect(() => projectProposal([], 0, '2')).toThrow(/horizon/);
    expect(projectProposal([], 5, '2').reachesTarget).toBeNull();
  });
});
