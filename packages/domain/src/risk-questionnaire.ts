import { InvestorRiskLevel } from './suitability';

/** A score band: total scores from `minScore` to `maxScore` (inclusive) give `level`. */
export interface ScoreBand { minScore: number; maxScore: number; level: InvestorRiskLevel }

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
    if (!Number.isInteger(b.minScore) || !Number.isInteger(b.maxScore) || b.maxScore < b.minScore) problems.push(`Band ${b.level}: ${b.minScore}–${b.maxScore} is not a range of whole scores`);
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

/** When an assessment taken at `assessedAt` stops being valid. */
export function assessmentExpiry(assessedAt: Date, validityDays = DEFAULT_ASSESSMENT_VALIDITY_DAYS): Date {
  return new Date(assessedAt.getTime() + validityDays * 24 * 60 * 60 * 1000);
}
