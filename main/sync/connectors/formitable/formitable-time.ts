import { instantOf, offsetMsAt, wallClockAt } from '../../../../shared/domain/time';
import { LocalDate } from '../../../../shared/domain/primitives';
import { LOCAL_OR_OFFSET } from './formitable-wire';

/**
 * Formitable speaks restaurant-local time: `bookingDateTime` with its offset, `created` without
 * (reference §1a). We send local time with the offset, so the instant is never ambiguous.
 */
const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

export function formatLocalWithOffset(instant: number, timeZone: string): string {
  const wall = wallClockAt(instant, timeZone);
  const offsetMinutes = Math.round(offsetMsAt(instant, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T` +
    `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`
  );
}

/** The instant of a Formitable date-time; without an offset it is read in `timeZone`. */
export function parseFormitableDateTime(text: string, timeZone: string): number | undefined {
  const match = LOCAL_OR_OFFSET.exec(text);
  if (!match) return undefined;
  const [, date, hour, minute, second, fraction, zone] = match;
  // Date.parse rolls 2030-02-30 over to March: check the calendar first.
  if (!LocalDate.safeParse(date).success) return undefined;
  if (zone !== undefined) {
    const parsed = Date.parse(text);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  try {
    const base = instantOf(date ?? '', `${hour ?? ''}:${minute ?? ''}`, timeZone);
    const ms = Math.floor(Number(`0.${fraction ?? '0'}`) * 1000);
    return base + Number(second ?? '0') * 1000 + ms;
  } catch {
    return undefined;
  }
}
