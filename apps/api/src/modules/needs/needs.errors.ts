/** The needs module's error codes (in `extensions.fields[].code`), for clients to act on. */
export const NeedErrors = {
  /** A behaviour event topic that is not lower-case words joined by "_". */
  INVALID_TOPIC: 'INVALID_TOPIC',
  /** A behaviour event dated later than now (beyond the clock-skew tolerance). */
  EVENT_IN_FUTURE: 'EVENT_IN_FUTURE',
  /** The same event id twice in one batch. */
  DUPLICATE_EVENT_ID: 'DUPLICATE_EVENT_ID',
} as const;
