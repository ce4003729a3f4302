/** The consents module's error codes (in `extensions.fields[].code`), for clients to act on. */
export const ConsentErrors = {
  /** Data sharing needs a partner institution; marketing consents name none. */
  CONSENT_PARTNER: 'CONSENT_PARTNER',
} as const;
