import { LocalDate, LocalTime } from '../primitives';

/**
 * Calendar arithmetic on local dates and wall-clock times, with no zone involved. Years are
 * limited to 1000..9999 so that every date is four digits and Date's two-digit-year rule never
 * applies.
 */

export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export class LocalTimeError extends RangeError {
  override readonly name = 'LocalTimeError';
}

const MIN_YEAR = 1000;

export function parseLocalDate(date: string): { year: number; month: number; day: number } {
  if (!LocalDate.safeParse(date).success) {
    throw new LocalTimeError(`"${date}" is not a calendar date YYYY-MM-DD`);
  }
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (year < MIN_YEAR)
    throw new LocalTimeError(`"${date}": years before ${MIN_YEAR} are not supported`);
  return { year, month, day };
}

export function parseLocalTime(time: string): { hour: number; minute: number } {
  if (!LocalTime.safeParse(time).success) {
    throw new LocalTimeError(`"${time}" is not a wall-clock time HH:MM (00:00 to 23:59)`);
  }
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return { hour, minute };
}

/** Milliseconds of the wall-clock reading as if it were UTC (the zone is applied elsewhere). */
export function wallClockMs(local: LocalDateTime): number {
  const d = new Date(0);
  d.setUTCFullYear(local.year, local.month - 1, local.day);
  d.setUTCHours(local.hour, local.minute, local.second, 0);
  return d.getTime();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatLocalDate(parts: { year: number; month: number; day: number }): string {
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

export function formatLocalTime(parts: { hour: number; minute: number }): string {
  return `${pad(parts.hour, 2)}:${pad(parts.minute, 2)}`;
}

/** The date `days` later (or earlier), across months and leap years. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new LocalTimeError(`days must be an integer, got ${days}`);
  const d = new Date(wallClockMs({ ...parseLocalDate(date), hour: 12, minute: 0, second: 0 }));
  d.setUTCDate(d.getUTCDate() + days);
  return formatLocalDate({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
}

/** ISO weekday of a calendar date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(
    wallClockMs({ ...parseLocalDate(date), hour: 12, minute: 0, second: 0 }),
  ).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Minutes since midnight of a wall-clock time. */
export function minutesOfDay(time: string): number {
  const { hour, minute } = parseLocalTime(time);
  return hour * 60 + minute;
}
