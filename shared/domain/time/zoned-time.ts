import { TimeZone } from '../primitives';
import {
  LocalTimeError,
  formatLocalDate,
  formatLocalTime,
  parseLocalDate,
  parseLocalTime,
  wallClockMs,
  type LocalDateTime,
} from './local-date';

/**
 * Instants <-> wall-clock readings in an IANA zone with Intl only (no date library, no tz data of
 * our own): the runtime's ICU knows the rules, including 30-minute DST (Australia/Lord_Howe) and
 * non-hour offsets (Asia/Kolkata).
 */

const DAY_MS = 86_400_000;

/** Formatters are costly to build; one per zone, reused (a pure memo, no state beyond it). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    if (!TimeZone.safeParse(timeZone).success) {
      throw new LocalTimeError(`"${timeZone}" is not an IANA time zone known to this runtime`);
    }
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function checkInstant(instant: number): void {
  if (!Number.isFinite(instant) || Math.abs(instant) > 8.64e15) {
    throw new LocalTimeError(`${instant} is not an instant in epoch milliseconds`);
  }
}

/** The wall-clock reading (to the second) of an instant in a zone. */
export function wallClockAt(instant: number, timeZone: string): LocalDateTime {
  checkInstant(instant);
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? NaN,
    month: fields.month ?? NaN,
    day: fields.day ?? NaN,
    hour: fields.hour ?? NaN,
    minute: fields.minute ?? NaN,
    second: fields.second ?? NaN,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (+05:30 -> 19_800_000). */
export function offsetMsAt(instant: number, timeZone: string): number {
  const second = Math.floor(instant / 1000) * 1000;
  return wallClockMs(wallClockAt(second, timeZone)) - second;
}

export function localDateOf(instant: number, timeZone: string): string {
  return formatLocalDate(wallClockAt(instant, timeZone));
}

export function localTimeOf(instant: number, timeZone: string): string {
  return formatLocalTime(wallClockAt(instant, timeZone));
}

/**
 * What to do with a wall-clock time that a DST change skips (02:30 on a spring-forward night) or
 * repeats (02:30 on a fall-back night), as in Temporal:
 * - compatible: skipped -> moved forward by the gap; repeated -> the earlier one
 * - earlier / later: the instant before / after the change
 * - reject: throw LocalTimeError
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

/** The UTC instant of a local date and time in a zone. */
export function instantOf(
  date: string,
  time: string,
  timeZone: string,
  disambiguation: Disambiguation = 'compatible',
): number {
  const wall = wallClockMs({ ...parseLocalDate(date), ...parseLocalTime(time), second: 0 });
  // Offsets a day either side bracket any single transition near this wall time.
  const offsetBefore = offsetMsAt(wall - DAY_MS, timeZone);
  const offsetAfter = offsetMsAt(wall + DAY_MS, timeZone);
  const candidates = [...new Set([wall - offsetBefore, wall - offsetAfter])]
    .filter((instant) => wallClockMs(wallClockAt(instant, timeZone)) === wall)
    .sort((a, b) => a - b);
  const first = candidates[0];
  const last = candidates[candidates.length - 1];
  if (first !== undefined && last !== undefined) {
    if (
      candidates.length === 1 ||
      disambiguation === 'compatible' ||
      disambiguation === 'earlier'
    ) {
      return first;
    }
    if (disambiguation === 'later') return last;
    throw new LocalTimeError(`${date} ${time} happens twice in ${timeZone} (clocks go back)`);
  }
  // A gap: the wall time does not exist that day.
  switch (disambiguation) {
    case 'compatible':
    case 'later':
      return wall - offsetBefore;
    case 'earlier':
      return wall - offsetAfter;
    case 'reject':
      throw new LocalTimeError(`${date} ${time} does not exist in ${timeZone} (clocks go forward)`);
  }
}
