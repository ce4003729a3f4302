import {
  assessmentExpiry,
  DEFAULT_QUESTIONNAIRE,
  DEFAULT_SCORE_BANDS,
  questionnaireProblems,
  riskLevelForScore,
  scoreAnswers,
  scoreBandProblems,
} from './risk-questionnaire';
import { InvestorRiskLevel } from './suitability';

describe('riskLevelForScore with the default bands', () => {
  it.each([
    [0, 'C1'],
    [20, 'C1'],
    [21, 'C2'],
    [40, 'C2'],
    [41, 'C3'],
    [60, 'C3'],
    [61, 'C4'],
    [80, 'C4'],
    [81, 'C5'],
    [100, 'C5'],
    [101, undefined],
    [-1, undefined],
  ])('score %p → %p', (score, level) => expect(riskLevelForScore(score as number)).toBe(level));
});

describe('scoreBandProblems', () => {
  it('accepts the defaults', () => expect(scoreBandProblems(DEFAULT_SCORE_BANDS)).toEqual([]));
  it('names a gap', () => {
    expect(
      scoreBandProblems([
        { minScore: 0, maxScore: 20, level: InvestorRiskLevel.C1 },
        { minScore: 25, maxScore: 100, level: InvestorRiskLevel.C2 },
      ]),
    ).toEqual(['Scores 21–24 are in no band']);
  });
  it('names an overlap and a level out of order', () => {
    expect(
      scoreBandProblems([
        { minScore: 0, maxScore: 30, level: InvestorRiskLevel.C2 },
        { minScore: 25, maxScore: 100, level: InvestorRiskLevel.C1 },
      ]),
    ).toEqual(['Scores 25–30 are in two bands', 'Band C1 must be a higher level than C2']);
  });
});

describe('assessmentExpiry', () => {
  it('is a year later by default', () => {
    expect(assessmentExpiry(new Date('2026-01-01T00:00:00Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it.each([
    ['the validity when no private fund rests on it', '2024-02-29T08:00:00Z', 2000, false, '2029-08-21T08:00:00.000Z'],
    ['the validity when it is shorter than three years', '2024-02-29T08:00:00Z', 365, true, '2025-02-28T08:00:00.000Z'],
    ['three calendar years at most for private funds (from 29 February: 1 March)', '2024-02-29T08:00:00Z', 2000, true, '2027-03-01T08:00:00.000Z'],
    ['three calendar years, a leap day included (1,096 days here)', '2025-03-01T00:00:00Z', 1100, true, '2028-03-01T00:00:00.000Z'],
  ])('is %s', (_case, assessedAt, days, forPrivateFunds, expected) => {
    expect(assessmentExpiry(new Date(assessedAt), days, forPrivateFunds).toISOString()).toBe(expected);
  });
});

describe('the default questionnaire', () => {
  const answer = (choices: Record<string, string>) => Object.entries(choices).map(([questionCode, optionCode]) => ({ questionCode, optionCode }));
  it('is valid', () => expect(questionnaireProblems(DEFAULT_QUESTIONNAIRE)).toEqual([]));
  it.each<[Record<string, string>, number, InvestorRiskLevel]>([
    [{ AGE: 'OVER_65', INCOME: 'UNDER_100K', EXPERIENCE: 'NONE', HORIZON: 'UNDER_1Y', LOSS: 'NONE' }, 9, InvestorRiskLevel.C1],
    [{ AGE: '35_50', INCOME: '100K_500K', EXPERIENCE: 'FUNDS', HORIZON: '1_3Y', LOSS: '10PCT' }, 55, InvestorRiskLevel.C3],
    [{ AGE: 'UNDER_35', INCOME: 'OVER_1M', EXPERIENCE: 'EQUITIES', HORIZON: 'OVER_5Y', LOSS: 'OVER_30PCT' }, 100, InvestorRiskLevel.C5],
  ])('scores %p as %p → %p', (choices, score, level) => {
    expect(scoreAnswers(DEFAULT_QUESTIONNAIRE, answer(choices))).toEqual({ score, level, problems: [] });
  });
  it('names missing, repeated and unknown answers', () => {
    const { problems } = scoreAnswers(DEFAULT_QUESTIONNAIRE, [
      ...answer({ AGE: 'UNDER_35', INCOME: 'NOPE', LOSS: 'NONE', COLOUR: 'BLUE' }),
      { questionCode: 'LOSS', optionCode: 'NONE' },
    ]);
    expect(problems).toEqual([
      'Question INCOME has no option NOPE',
      'Question EXPERIENCE is not answered',
      'Question HORIZON is not answered',
      'Question LOSS is answered more than once',
      'There is no question COLOUR',
    ]);
  });
  it('refuses bands that miss possible totals', () => {
    expect(questionnaireProblems({ ...DEFAULT_QUESTIONNAIRE, bands: DEFAULT_SCORE_BANDS.slice(1) })).toContain(
      'The bands must cover every possible total, from 9 to 100',
    );
  });
});
