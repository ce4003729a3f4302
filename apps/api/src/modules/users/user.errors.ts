/** The users module's error codes (in `extensions.fields[].code`), for clients to act on. */
export const UserErrors = {
  /** An admin tried to change their own role. */
  OWN_ROLE: 'OWN_ROLE',
  /** A user tried to delete their own account. */
  OWN_ACCOUNT: 'OWN_ACCOUNT',
} as const;
