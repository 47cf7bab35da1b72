import type { Locale } from '../../i18n/i18n';

/** A local date (YYYY-MM-DD) in words; the date is a calendar day, so it is read in UTC. */
function dayText(date: string, locale: Locale): string {
  const instant = Date.parse(`${date}T12:00:00Z`);
  if (Number.isNaN(instant)) return date;
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(instant);
}

/** "22 Oct 2026 → 20 Jan 2027", one date for a one-day offer, null when open ended both ways. */
export function offerDates(
  start: string | undefined,
  end: string | undefined,
  locale: Locale,
): string | null {
  if (start === undefined && end === undefined) return null;
  if (start !== undefined && start === end) return dayText(start, locale);
  return `${start === undefined ? '…' : dayText(start, locale)} → ${end === undefined ? '…' : dayText(end, locale)}`;
}
