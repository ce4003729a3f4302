/** The risk-profile module's error codes (in `extensions.fields[].code`), for clients to act on. */
export const RiskProfileErrors = {
  /** A risk questionnaire that cannot be scored (each problem named). */
  QUESTIONNAIRE: 'QUESTIONNAIRE',
  /** Answers that do not score to a level (a question missing or an unknown option). */
  ANSWERS: 'ANSWERS',
} as const;
