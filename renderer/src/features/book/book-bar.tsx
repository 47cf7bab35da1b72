import type { RefObject } from 'react';
import { addDays } from '../../../../shared/domain/time';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import { formatLocalDay } from './book-format';
import { useBookStore } from './book-store';

/** The book's bar: the day (previous, pick, next, today), its totals, view, search, actions. */
export function BookBar(props: {
  readonly date: string;
  readonly today: string;
  readonly bookings: number;
  readonly covers: number;
  readonly searchRef: RefObject<HTMLInputElement | null>;
  readonly goTo: (date: string) => void;
}) {
  const t = useT();
  const locale = useDeskStore((s) => s.locale);
  const view = useBookStore((s) => s.view);
  const query = useBookStore((s) => s.query);
  const setDate = useBookStore((s) => s.setDate);
  const setView = useBookStore((s) => s.setView);
  const setQuery = useBookStore((s) => s.setQuery);
  const openDialog = useBookStore((s) => s.openDialog);
  const { date, today, goTo, bookings, covers, searchRef } = props;
  return (
    <header className="book-bar">
      <div className="book-day-nav">
        <button
          type="button"
          className="button book-icon-button"
          aria-label={t('book.day.previous')}
          title={`${t('book.day.previous')} (←)`}
          aria-keyshortcuts="ArrowLeft"
          onClick={() => goTo(addDays(date, -1))}
        >
          ◀
        </button>
        <input
          type="date"
          className="book-input book-date"
          aria-label={t('book.day.pick')}
          value={date}
          onChange={(e) => {
            if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) goTo(e.target.value);
          }}
        />
        <button
          type="button"
          className="button book-icon-button"
          aria-label={t('book.day.next')}
          title={`${t('book.day.next')} (→)`}
          aria-keyshortcuts="ArrowRight"
          onClick={() => goTo(addDays(date, 1))}
        >
          ▶
        </button>
        <button
          type="button"
          className="button"
          disabled={date === today}
          aria-keyshortcuts="T"
          title={`${t('book.day.today')} (T)`}
          onClick={() => setDate(null)}
        >
          {t('book.day.today')}
        </button>
      </div>
      <div className="book-day-title">
        <h1>
          {formatLocalDay(locale, date)}
          {date === today ? <span className="book-today-tag">{t('book.day.isToday')}</span> : null}
        </h1>
        <p className="book-day-summary">{t('book.summary', { bookings, covers })}</p>
      </div>
      <div className="book-actions">
        <div className="book-switch" role="group" aria-label={t('book.view.label')}>
          {(['list', 'timeline'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
            >
              {t(`book.view.${v}`)}
            </button>
          ))}
        </div>
        <div className="book-search">
          <input
            ref={searchRef}
            type="search"
            className="book-input"
            aria-label={t('book.search.label')}
            aria-keyshortcuts="/"
            title={`${t('book.search.label')} (/)`}
            placeholder={t('book.search.placeholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setQuery('');
                e.currentTarget.blur();
              }
            }}
          />
        </div>
        <button
          type="button"
          className="button book-walk-in"
          aria-keyshortcuts="W"
          title={`${t('book.walkIn')} (W)`}
          onClick={() => openDialog({ kind: 'walk-in' })}
        >
          {t('book.walkIn')}
          <kbd aria-hidden="true">W</kbd>
        </button>
        <button
          type="button"
          className="button book-button-primary"
          aria-keyshortcuts="N"
          title={`${t('book.new')} (N)`}
          onClick={() => openDialog({ kind: 'create' })}
        >
          {t('book.new')}
          <kbd aria-hidden="true">N</kbd>
        </button>
      </div>
    </header>
  );
}
