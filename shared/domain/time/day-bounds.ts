import { addDays } from './local-date';
import { instantOf } from './zoned-time';

/** A half-open span of UTC instants [startMs, endMs). */
export interface InstantRange {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The instants of one calendar day in the restaurant's zone: from its first instant to the
 * first instant of the next day. 24 h on most days, 23 h or 25 h (23.5 h / 24.5 h on Lord Howe)
 * on DST days; a day whose midnight is skipped starts at the first instant that exists.
 */
export function dayBounds(date: string, timeZone: string): InstantRange {
  return {
    startMs: instantOf(date, '00:00', timeZone, 'compatible'),
    endMs: instantOf(addDays(date, 1), '00:00', timeZone, 'compatible'),
  };
}
