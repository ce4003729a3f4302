/** One broken business rule: a stable code, the input field it concerns (if any) and a readable message. */
export interface RuleViolation {
  code: string;
  field?: string;
  message: string;
}
