/** Restaurant-local time helpers over IANA zones (Intl), without any date library. */
export interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localParts(ms: number, timeZone: string): LocalParts {
  const values: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 0,
    day: values.day ?? 0,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** Offset of the zone from UTC at that instant, in minutes (e.g. +120 for CEST). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** The instant at which the zone's wall clock shows the given local time. */
export function localToInstant(p: LocalParts, timeZone: string): number {
  const naive = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  let guess = naive - offsetMinutes(naive, timeZone) * 60_000;
  guess = naive - offsetMinutes(guess, timeZone) * 60_000;
  return guess;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2025-06-01T19:00:00+02:00` */
export function formatLocalWithOffset(ms: number, timeZone: string): string {
  return `${formatLocalNoOffset(ms, timeZone, false)}${formatOffset(offsetMinutes(ms, timeZone))}`;
}

/** `2025-06-01T19:00:00` or, with fractions, `2025-06-01T19:00:00.123` (zeros trimmed). */
export function formatLocalNoOffset(ms: number, timeZone: string, fractions = true): string {
  const p = localParts(ms, timeZone);
  const base = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
  const millis = ((ms % 1000) + 1000) % 1000;
  if (!fractions || millis === 0) return base;
  return `${base}.${pad(millis, 3).replace(/0+$/, '')}`;
}

/** `YYYY-MM-DD` of the instant in the zone. */
export function localDate(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a calendar date `YYYY-MM-DD`; null when malformed or not a real day. */
export function parseDate(text: string): { year: number; month: number; day: number } | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return null;
  return { year, month, day };
}

export function addDays(date: string, days: number): string {
  const p = parseDate(date);
  if (!p) throw new Error(`Not a date: ${date}`);
  return new Date(Date.UTC(p.year, p.month - 1, p.day + days)).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** `HH:mm` → minutes after midnight. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function instantAtLocal(
  date: string,
  minutesAfterMidnight: number,
  timeZone: string,
): number {
  const p = parseDate(date);
  if (!p) throw new Error(`Not a date: ${date}`);
  return localToInstant(
    {
      ...p,
      hour: Math.floor(minutesAfterMidnight / 60),
      minute: minutesAfterMidnight % 60,
      second: 0,
    },
    timeZone,
  );
}
