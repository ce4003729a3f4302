import { DEFAULT_TIME_ZONE } from '@tierwise/domain';

const checkedZones = new Map<string, string>();

/** The institution's time zone (`INSTITUTION_TIME_ZONE`, an IANA name; Asia/Shanghai by default). */
export function institutionTimeZone(env: NodeJS.ProcessEnv = process.env): string {
  const zone = env.INSTITUTION_TIME_ZONE ?? DEFAULT_TIME_ZONE;
  let known = checkedZones.get(zone);
  if (known === undefined) {
    // Checking a zone builds a formatter (tens of microseconds): once per name, not on every call of a hot path.
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = zone;
    } catch {
      known = DEFAULT_TIME_ZONE;
    }
    checkedZones.set(zone, known);
  }
  return known;
}
