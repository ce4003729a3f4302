import { DEFAULT_TIME_ZONE } from '@tierwise/domain';

/** The institution's time zone (`INSTITUTION_TIME_ZONE`, an IANA name; Asia/Shanghai by default). */
export function institutionTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  const zone = env.INSTITUTION_TIME_ZONE ?? DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}
