import { addYears, InvestorRiskLevel, PRIVATE_FUND_ASSESSMENT_MAX_YEARS } from './suitability';
import { DAY_MS } from './tiering';

/** A score band: total scores from `minScore` to `maxScore` (inclusive) give `level`. */
export interface ScoreBand {
  minScore: number;
  maxScore: number;
  level: InvestorRiskLevel;
}

/**
 * The defaults a bank would use for a 100-point questionnaire (age, income, assets, experience, horizon,
 * loss tolerance): ≤ 20 C1 conservative, 21–40 C2 steady, 41–60 C3 balanced, 61–80 C4 growth, ≥ 81 C5 aggressive.
 */
export const DEFAULT_SCORE_BANDS: ScoreBand[] = [
  { minScore: 0, maxScore: 20, level: InvestorRiskLevel.C1 },
  { minScore: 21, maxScore: 40, level: InvestorRiskLevel.C2 },
  { minScore: 41, maxScore: 60, level: InvestorRiskLevel.C3 },
  { minScore: 61, maxScore: 80, level: InvestorRiskLevel.C4 },
  { minScore: 81, maxScore: 100, level: InvestorRiskLevel.C5 },
];

/** An assessment is valid for a year by default; one behind a private-fund sale for at most three. */
export const DEFAULT_ASSESSMENT_VALIDITY_DAYS = 365;

/** Bands must cover every whole score from the lowest to the highest once, in order of rising level. */
export function scoreBandProblems(bands: readonly ScoreBand[]): string[] {
  const problems: string[] = [];
  const sorted = [...bands].sort((a, b) => a.minScore - b.minScore);
  sorted.forEach((b, i) => {
    if (!Number.isInteger(b.minScore) || !Number.isInteger(b.maxScore) || b.maxScore < b.minScore)
      problems.push(`Band ${b.level}: ${b.minScore}–${b.maxScore} is not a range of whole scores`);
    const next = sorted[i + 1];
    if (next && next.minScore > b.maxScore + 1) problems.push(`Scores ${b.maxScore + 1}–${next.minScore - 1} are in no band`);
    if (next && next.minScore <= b.maxScore) problems.push(`Scores ${next.minScore}–${Math.min(b.maxScore, next.maxScore)} are in two bands`);
    if (next && Number(next.level.slice(1)) <= Number(b.level.slice(1))) problems.push(`Band ${next.level} must be a higher level than ${b.level}`);
  });
  return problems;
}

/** The investor risk level a total score gives, or undefined if the score is outside every band. */
export function riskLevelForScore(score: number, bands: readonly ScoreBand[] = DEFAULT_SCORE_BANDS): InvestorRiskLevel | undefined {
  return bands.find((b) => score >= b.minScore && score <= b.maxScore)?.level;
}

/**
 * When an assessment taken at `assessedAt` stops being valid: after the questionnaire's validity, and when it backs
 * private-fund sales never later than three years on (the cap the suitability rule applies to such a sale).
 */
export function assessmentExpiry(assessedAt: Date, validityDays = DEFAULT_ASSESSMENT_VALIDITY_DAYS, forPrivateFunds = false): Date {
  const byValidity = new Date(assessedAt.getTime() + validityDays * DAY_MS);
  if (!forPrivateFunds) return byValidity;
  const cap = addYears(assessedAt, PRIVATE_FUND_ASSESSMENT_MAX_YEARS);
  return byValidity < cap ? byValidity : cap;
}

export interface QuestionOption {
  code: string;
  text: string;
  score: number;
}
export interface Question {
  code: string;
  text: string;
  options: QuestionOption[];
}
export interface Questionnaire {
  validityDays: number;
  questions: Question[];
  bands: ScoreBand[];
}

const option = (code: string, text: string, score: number): QuestionOption => ({ code, text, score });

/** A bank's usual five questions, 20 points each, with the default bands and a one-year validity. */
export const DEFAULT_QUESTIONNAIRE: Questionnaire = {
  validityDays: DEFAULT_ASSESSMENT_VALIDITY_DAYS,
  bands: DEFAULT_SCORE_BANDS,
  questions: [
    {
      code: 'AGE',
      text: '您的年龄 / Your age',
      options: [
        option('OVER_65', '65 岁以上 / over 65', 2),
        option('50_65', '50–65', 8),
        option('35_50', '35–50', 14),
        option('UNDER_35', '35 岁以下 / under 35', 20),
      ],
    },
    {
      code: 'INCOME',
      text: '家庭年收入 / Household income a year',
      options: [
        option('UNDER_100K', '10 万以下 / under 100,000', 4),
        option('100K_500K', '10–50 万', 10),
        option('500K_1M', '50–100 万', 15),
        option('OVER_1M', '100 万以上 / over 1,000,000', 20),
      ],
    },
    {
      code: 'EXPERIENCE',
      text: '投资经验 / Investing experience',
      options: [
        option('NONE', '无 / none', 0),
        option('DEPOSITS', '存款、国债 / deposits, bonds', 6),
        option('FUNDS', '基金、理财 / funds, wealth products', 13),
        option('EQUITIES', '股票、衍生品 / equities, derivatives', 20),
      ],
    },
    {
      code: 'HORIZON',
      text: '投资期限 / Investment horizon',
      options: [
        option('UNDER_1Y', '1 年以内 / under a year', 3),
        option('1_3Y', '1–3 年', 10),
        option('3_5Y', '3–5 年', 15),
        option('OVER_5Y', '5 年以上 / over 5 years', 20),
      ],
    },
    {
      code: 'LOSS',
      text: '可承受的最大亏损 / Largest loss you can bear',
      options: [
        option('NONE', '不能亏损 / none', 0),
        option('10PCT', '10% 以内', 8),
        option('30PCT', '30% 以内', 15),
        option('OVER_30PCT', '30% 以上 / more than 30%', 20),
      ],
    },
  ],
};

/** Every problem with a questionnaire's definition (empty when it can be used). */
export function questionnaireProblems(q: Questionnaire): string[] {
  const problems = scoreBandProblems(q.bands);
  const codes = q.questions.map((x) => x.code);
  if (new Set(codes).size !== codes.length) problems.push('Each question code is used once');
  for (const question of q.questions) {
    if (question.options.length < 2) problems.push(`Question ${question.code} needs at least two options`);
    if (new Set(question.options.map((o) => o.code)).size !== question.options.length)
      problems.push(`Question ${question.code}: each option code is used once`);
  }
  const max = q.questions.reduce((n, x) => n + Math.max(...x.options.map((o) => o.score)), 0);
  const min = q.questions.reduce((n, x) => n + Math.min(...x.options.map((o) => o.score)), 0);
  if (riskLevelForScore(min, q.bands) === undefined || riskLevelForScore(max, q.bands) === undefined) {
    problems.push(`The bands must cover every possible total, from ${min} to ${max}`);
  }
  if (!Number.isInteger(q.validityDays) || q.validityDays < 1 || q.validityDays > 3 * 366) problems.push('Validity is 1 day to 3 years');
  return problems;
}

export interface AnswerInput {
  questionCode: string;
  optionCode: string;
}

/** Score a full set of answers: every question answered exactly once with one of its options. */
export function scoreAnswers(q: Questionnaire, answers: readonly AnswerInput[]): { score: number; level?: InvestorRiskLevel; problems: string[] } {
  const problems: string[] = [];
  let score = 0;
  for (const question of q.questions) {
    const given = answers.filter((a) => a.questionCode === question.code);
    if (given.length !== 1) {
      problems.push(given.length ? `Question ${question.code} is answered more than once` : `Question ${question.code} is not answered`);
      continue;
    }
    const chosen = question.options.find((o) => o.code === given[0].optionCode);
    if (!chosen) problems.push(`Question ${question.code} has no option ${given[0].optionCode}`);
    else score += chosen.score;
  }
  for (const a of answers) if (!q.questions.some((x) => x.code === a.questionCode)) problems.push(`There is no question ${a.questionCode}`);
  return problems.length ? { score, problems } : { score, level: riskLevelForScore(score, q.bands), problems };
}
