import { useCallback, useEffect, useMemo, useRef } from 'react';
import { tableFits } from '../../../../shared/domain/dining-table';
import type { ReservationStatus } from '../../../../shared/domain/reservation';
import { dayBounds, instantOf } from '../../../../shared/domain/time';
import { useDeskData } from '../../data/desk-data-context';
import { useNow } from '../../app/use-now';
import { useT } from '../../app/use-t';
import { groupByService, servicesOfDay } from './book-day';
import { BookBar } from './book-bar';
import { BookList } from './book-list';
import { filterIndexed, indexBook } from './book-search';
import { useBookStore } from './book-store';
import { BookTimeline } from './book-timeline';
import { countsAsCovers, type BookReservation, type BookTable } from './book-types';
import { CancelDialog } from './cancel-dialog';
import { errorText } from './modal';
import { OtherDays } from './other-days';
import { servicePacing } from './pacing';
import { PacingStrip } from './pacing-strip';
import { ReservationDialog } from './reservation-dialog';
import { timelineRange } from './timeline-layout';
import { useDayBook, useFloorAndServices, useRestaurantZone, todayIn } from './use-book-data';
import { useBookKeys } from './use-book-keys';
import { WalkInDialog } from './walk-in-dialog';
import './book.css';

const NO_BOOKINGS: readonly BookReservation[] = [];

/** Screen 1: the day's book, by service, as a list or a timeline by table. */
export function BookScreen() {
  const t = useT();
  const { repos } = useDeskData();
  const zone = useRestaurantZone();
  const now = useNow(30_000);
  const today = todayIn(zone, now);
  const chosen = useBookStore((s) => s.date);
  const view = useBookStore((s) => s.view);
  const query = useBookStore((s) => s.query);
  const dialog = useBookStore((s) => s.dialog);
  const notice = useBookStore((s) => s.notice);
  const setDate = useBookStore((s) => s.setDate);
  const openDialog = useBookStore((s) => s.openDialog);
  const closeDialog = useBookStore((s) => s.closeDialog);
  const say = useBookStore((s) => s.say);
  const date = chosen ?? today;
  const book = useDayBook(date, zone);
  const todayBook = useDayBook(today, zone);
  const { services, rooms, tables } = useFloorAndServices();
  const search = useRef<HTMLInputElement>(null);

  const day = useMemo(() => servicesOfDay(services, date, zone), [services, date, zone]);
  const todayServices = useMemo(
    () => servicesOfDay(services, today, zone).services,
    [services, today, zone],
  );
  const all = book ?? NO_BOOKINGS;
  const index = useMemo(() => indexBook(all), [all]);
  const shown = useMemo(() => filterIndexed(index, query) ?? all, [index, query, all]);
  const groups = useMemo(() => groupByService(shown, day.services), [shown, day]);
  const pacing = useMemo(
    () => day.services.map((s) => servicePacing(s, all, day.services)),
    [all, day],
  );
  const live = all.filter((r) => countsAsCovers(r.status));
  const covers = live.reduce((sum, r) => sum + r.partySize, 0);
  const labels = useMemo(() => new Map(tables.map((tb) => [tb.id, tb.label])), [tables]);
  const tableLabel = useCallback(
    (ids: readonly string[]) => ids.map((id) => labels.get(id) ?? '?').join(' + '),
    [labels],
  );
  const range = useMemo(
    () =>
      timelineRange(day.services, shown, {
        startMs: instantOf(date, '11:00', zone),
        endMs: instantOf(date, '23:00', zone),
      }),
    [day, shown, date, zone],
  );

  const goTo = useCallback(
    (next: string) => setDate(next === today ? null : next),
    [setDate, today],
  );

  const onOpen = useCallback((id: string) => openDialog({ kind: 'edit', id }), [openDialog]);
  const onMove = useCallback(
    (r: BookReservation, to: ReservationStatus) => {
      repos.reservations.setStatus(r.id, to).then(
        () => say(t('book.moved', { name: r.guestName, status: t(`book.status.${to}`) })),
        (error: unknown) =>
          say(t('book.move.failed', { name: r.guestName, reason: errorText(error) }), 'error'),
      );
    },
    [repos, say, t],
  );

  const onAssign = useCallback(
    (id: string, table: BookTable) => {
      const r = all.find((x) => x.id === id);
      if (!r) return;
      const label = table.label;
      if (!tableFits(table, r.partySize)) {
        say(
          t('book.assign.tooBig', {
            label,
            min: table.seatsMin,
            max: table.seatsMax,
            party: r.partySize,
          }),
          'error',
        );
        return;
      }
      repos.reservations
        .update(id, { tableIds: [table.id], diningRoomId: table.diningRoomId })
        .then(
          () => say(t('book.assign.done', { name: r.guestName, label })),
          (error: unknown) =>
            say(
              t('book.assign.failed', { name: r.guestName, label, reason: errorText(error) }),
              'error',
            ),
        );
    },
    [all, repos, say, t],
  );

  useBookKeys({ today, goTo, searchRef: search });

  useEffect(() => {
    if (notice === null) return;
    const timer = setTimeout(() => useBookStore.setState({ notice: null }), 6_000);
    return () => clearTimeout(timer);
  }, [notice]);

  const editing =
    dialog !== null && (dialog.kind === 'edit' || dialog.kind === 'cancel')
      ? (all.find((r) => r.id === dialog.id) ?? null)
      : null;

  return (
    <section className="book" aria-label={t('book.title')}>
      <BookBar
        date={date}
        today={today}
        bookings={live.length}
        covers={covers}
        searchRef={search}
        goTo={goTo}
      />

      <div className="book-notices" aria-live="polite">
        {notice !== null ? (
          <p className={notice.tone === 'error' ? 'book-alert' : 'book-notice'}>{notice.text}</p>
        ) : null}
      </div>
      {day.broken.map((b) => (
        <p key={b.name} className="book-alert" role="alert">
          {t('book.brokenService', { name: b.name, reason: b.reason })}
        </p>
      ))}
      {day.services.length === 0 && day.broken.length === 0 ? (
        <p className="book-hint">{t('book.noService')}</p>
      ) : null}
      <PacingStrip services={day.services} pacing={pacing} zone={zone} />
      {query.trim() !== '' ? (
        <div className="book-search-result" aria-live="polite">
          <p>
            {shown.length === 0
              ? t('book.search.none', { text: query.trim() })
              : t('book.search.count', { count: shown.length, total: all.length })}
          </p>
          <OtherDays
            query={query}
            date={date}
            today={today}
            todayStartMs={dayBounds(today, zone).startMs}
            zone={zone}
            onOpen={goTo}
          />
        </div>
      ) : null}

      {book === null ? (
        <p className="book-hint">{t('book.loading')}</p>
      ) : view === 'list' ? (
        <BookList
          groups={groups}
          zone={zone}
          date={date}
          tableLabel={tableLabel}
          onOpen={onOpen}
          onMove={onMove}
          searching={query.trim() !== ''}
          openAt={date === today ? now : null}
        />
      ) : (
        <BookTimeline
          reservations={shown}
          rooms={rooms}
          tables={tables}
          range={range}
          zone={zone}
          now={now}
          onOpen={onOpen}
          onAssign={onAssign}
        />
      )}
      <p className="book-shortcuts muted">{t('book.shortcuts')}</p>

      {dialog?.kind === 'create' || (dialog?.kind === 'edit' && editing) ? (
        <ReservationDialog
          // A new dialog (fresh form) for each booking opened, as before.
          key={dialog.kind === 'edit' ? (editing?.id ?? 'edit') : 'new'}
          reservation={dialog.kind === 'edit' ? (editing ?? null) : null}
          zone={zone}
          date={date}
          now={now}
          services={services}
          rooms={rooms}
          tables={tables}
          onSaved={(saved) => {
            closeDialog();
            goTo(saved.date);
            say(t('book.form.saved', saved));
          }}
        />
      ) : null}
      {dialog?.kind === 'cancel' && editing ? (
        <CancelDialog
          reservation={editing}
          zone={zone}
          onCancelled={() => {
            closeDialog();
            say(t('book.moved', { name: editing.guestName, status: t('book.status.cancelled') }));
          }}
        />
      ) : null}
      {dialog?.kind === 'walk-in' ? (
        <WalkInDialog
          now={now}
          today={todayServices}
          todayBook={todayBook ?? NO_BOOKINGS}
          rooms={rooms}
          tables={tables}
          onSeated={(count) => {
            closeDialog();
            setDate(null);
            say(t('book.walkIn.seated', { count }));
          }}
        />
      ) : null}
    </section>
  );
}
