import type { ReservationStatus } from '../../../../shared/domain/reservation';
import { wallClockMs } from '../../../../shared/domain/time';
import { parseLocalDate } from '../../../../shared/domain/time';
import type { Locale } from '../../i18n/i18n';

/** Platform names are brands: the same in every language, so they are not in the catalogue. */
export const SOURCE_BRANDS: Readonly<Record<string, string>> = {
  thefork: 'TheFork',
  zenchef: 'Zenchef',
  lightspeed: 'Lightspeed',
  square: 'Square',
  sevenrooms: 'SevenRooms',
  opentable: 'OpenTable',
  google: 'Google',
  formitable: 'Formitable',
};

/** Sources the desk itself records, with their catalogue keys. */
export const DESK_SOURCES = ['phone', 'walk_in', 'website', 'email'] as const;
export type DeskSource = (typeof DESK_SOURCES)[number];

export function isDeskSource(source: string): source is DeskSource {
  return (DESK_SOURCES as readonly string[]).includes(source);
}

/** A shape beside every status word: colour is never the only signal. ○ ◐ ● ✓ follow the evening. */
export const STATUS_ICONS: Readonly<Record<ReservationStatus, string>> = {
  requested: '◌',
  confirmed: '○',
  arrived: '◐',
  seated: '●',
  completed: '✓',
  cancelled: '✕',
  no_show: '⊘',
};

export const SOURCE_ICONS: Readonly<Record<string, string>> = {
  phone: '☎',
  walk_in: '⇥',
  website: '⌂',
  email: '✉',
};

export function intlLocale(locale: Locale): string {
  return locale === 'fr' ? 'fr-FR' : 'en-GB';
}

/** "Friday 20 November 2026" for a local date (no zone involved: the date is already local). */
export function formatLocalDay(
  locale: Locale,
  date: string,
  style: 'full' | 'short' = 'full',
): string {
  const instant = wallClockMs({ ...parseLocalDate(date), hour: 12, minute: 0, second: 0 });
  const text = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: 'UTC',
    ...(style === 'full'
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
      : { weekday: 'short', day: 'numeric', month: 'short' }),
  }).format(instant);
  // French writes "samedi 21 novembre"; a heading starts with a capital, the month stays small.
  return text.charAt(0).toLocaleUpperCase(intlLocale(locale)) + text.slice(1);
}
