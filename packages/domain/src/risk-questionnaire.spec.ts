import { assessmentExpiry, DEFAULT_SCORE_BANDS, riskLevelForScore, scoreBandProblems } from './risk-questionnaire';
import { InvestorRiskLevel } from './suitability';

describe('riskLevelForScore with the default bands', () => {
  it.each([[0, 'C1'], [20, 'C1'], [21, 'C2'], [40, 'C2'], [41, 'C3'], [60, 'C3'], [61, 'C4'], [80, 'C4'], [81, 'C5'], [100, 'C5'], [101, undefined], [-1, undefined]])(
    'score %p → %p', (score, level) => expect(riskLevelForScore(score as number)).toBe(level),
  );
});

describe('scoreBandProblems', () => {
  it('accepts the defaults', () => expect(scoreBandProblems(DEFAULT_SCORE_BANDS)).toEqual([]));
  it('names a gap', () => {
    expect(scoreBandProblems([{ minScore: 0, maxScore: 20, level: InvestorRiskLevel.C1 }, { minScore: 25, maxScore: 100, level: InvestorRiskLevel.C2 }]))
      .toEqual(['Scores 21–24 are in no band']);
  });
  it('names an overlap and a level out of order', () => {
    expect(scoreBandProblems([{ minScore: 0, maxScore: 30, level: InvestorRiskLevel.C2 }, { minScore: 25, maxScore: 100, level: InvestorRiskLevel.C1 }]))
      .toEqual(['Scores 25–30 are in two bands', 'Band C1 must be a higher level than C2']);
  });
});

describe('assessmentExpiry', () => {
  it('is a year later by default', () => {
    expect(assessmentExpiry(new Date('2026-01-01T00:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});
