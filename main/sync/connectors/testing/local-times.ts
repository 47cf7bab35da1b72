import { instantOf, localDateOf } from '../../../../shared/domain/time';
import { addDays } from '../../../../shared/domain/time/local-date';

/** Restaurant-local date `days` from today. */
export function localDay(days: number, timeZone: string): string {
  return addDays(localDateOf(Date.now(), timeZone), days);
}

/** The instant of `hh:mm` local time, `days` from today. */
export function localInstant(days: number, hhmm: string, timeZone: string): number {
  return instantOf(localDay(days, timeZone), hhmm, timeZone);
}
