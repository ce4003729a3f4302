/** The scenarios module's error codes (in `extensions.fields[].code`), for clients to act on. */
export const ScenarioPackageErrors = {
  /** A package names a product, partner or benefit that does not exist. */
  UNKNOWN_COMPONENT: 'UNKNOWN_COMPONENT',
} as const;
