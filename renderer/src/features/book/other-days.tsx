import { useEffect, useState } from 'react';
import { localDateOf, localTimeOf } from '../../../../shared/domain/time';
import { useDeskData } from '../../data/desk-data-context';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import { formatLocalDay } from './book-format';
import { parseBookSearch } from './book-search';
import { countsAsCovers, type BookReservation } from './book-types';

interface Found {
  readonly date: string;
  readonly r: BookReservation;
}

/**
 * Upcoming bookings of the guests the search names, on other days, through the customer index
 * (name words or phone digits): one indexed query for the guests, one per guest for the visits.
 */
export function OtherDays(props: {
  readonly query: string;
  readonly date: string;
  readonly today: string;
  readonly todayStartMs: number;
  readonly zone: string;
  readonly onOpen: (date: string) => void;
}) {
  const t = useT();
  const locale = useDeskStore((s) => s.locale);
  const { repos } = useDeskData();
  const [found, setFound] = useState<readonly Found[]>([]);
  const [error, setError] = useState<string | null>(null);
  const { query, date, zone, todayStartMs } = props;

  useEffect(() => {
    const search = parseBookSearch(query);
    const long = search.terms.join('').length >= 2;
    let live = true;
    const timer = setTimeout(() => {
      if (search.kind === 'none' || !long) {
        setFound([]);
        return;
      }
      void (async () => {
        try {
          const guests = await repos.customers.search(query, 5);
          const visits = await Promise.all(guests.map((g) => repos.reservations.ofCustomer(g.id)));
          const next = visits
            .flat()
            .filter((r) => r.startsAt >= todayStartMs && countsAsCovers(r.status))
            .map((r) => ({ date: localDateOf(r.startsAt, zone), r }))
            .filter((f) => f.date !== date)
            .sort((a, b) => a.r.startsAt - b.r.startsAt)
            .slice(0, 6);
          if (live) {
            setFound(next);
            setError(null);
          }
        } catch (e) {
          if (live) setError(e instanceof Error ? e.message : String(e));
        }
      })();
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, date, zone, todayStartMs, repos]);

  if (error !== null) {
    return (
      <p className="book-alert" role="alert">
        {t('book.search.failed', { reason: error })}
      </p>
    );
  }
  if (found.length === 0) return null;
  return (
    <nav className="book-other-days" aria-label={t('book.search.otherDays')}>
      <span className="muted">{t('book.search.otherDays')}</span>
      {found.map((f) => (
        <button
          key={f.r.id}
          type="button"
          className="button book-chip"
          aria-label={`${t('book.search.open', { date: formatLocalDay(locale, f.date) })}: ${f.r.guestName}`}
          onClick={() => props.onOpen(f.date)}
        >
          {formatLocalDay(locale, f.date, 'short')} {localTimeOf(f.r.startsAt, zone)} ·{' '}
          {f.r.guestName} · {f.r.partySize}
        </button>
      ))}
    </nav>
  );
}
