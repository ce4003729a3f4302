/** The risk-profile module's error codes (in `extensions.fields[].code`), for clients to act on. */
export const RiskProfileErrors = {
  /** A risk questionnaire that cannot be scored (each problem named). */
  QUESTIONNAIRE: 'QUESTIONNAIRE',
  /** Answers that do not score to a level (a question missing or an unknown option). */
  ANSWERS: 'ANSWERS',
  /** The same assessment id twice in one import. */
  DUPLICATE_ASSESSMENT: 'DUPLICATE_ASSESSMENT',
  /** An imported assessment dated later than now. */
  ASSESSED_IN_FUTURE: 'ASSESSED_IN_FUTURE',
  /** An imported assessment that expires before it was made. */
  EXPIRES_BEFORE_ASSESSED: 'EXPIRES_BEFORE_ASSESSED',
  /** A declaration or evidence dated later than now. */
  DATED_IN_FUTURE: 'DATED_IN_FUTURE',
  /** Professional-investor evidence that names neither assets nor income. */
  NO_BASIS: 'NO_BASIS',
} as const;
