import type { ReservationStatus } from '../../../../shared/domain/reservation';
import { localTimeOf } from '../../../../shared/domain/time';
import { useT } from '../../app/use-t';
import type { ServiceGroup } from './book-day';
import type { BookReservation } from './book-types';
import { ReservationRow } from './reservation-row';
import { VirtualList } from './virtual-list';

type Item =
  | { readonly kind: 'group'; readonly group: ServiceGroup }
  | { readonly kind: 'row'; readonly r: BookReservation; readonly index: number }
  | { readonly kind: 'empty'; readonly key: string };

const HEIGHTS = { group: 52, row: 68, empty: 52 } as const;

/** The day as a list, service by service; only the rows in view are drawn. */
export function BookList(props: {
  readonly groups: readonly ServiceGroup[];
  readonly zone: string;
  readonly date: string;
  readonly tableLabel: (ids: readonly string[]) => string;
  readonly onOpen: (id: string) => void;
  readonly onMove: (r: BookReservation, to: ReservationStatus) => void;
  /** While searching, services with no match are left out. */
  readonly searching: boolean;
  /** On today's book, the instant to open at: the list starts at the service under way. */
  readonly openAt: number | null;
}) {
  const t = useT();
  const items: Item[] = [];
  let index = 2;
  for (const group of props.groups) {
    if (props.searching && group.reservations.length === 0) continue;
    items.push({ kind: 'group', group });
    index++;
    if (group.reservations.length === 0) items.push({ kind: 'empty', key: group.key });
    for (const r of group.reservations) items.push({ kind: 'row', r, index: index++ });
  }
  const rowCount = index - 1;
  const openAt = props.openAt;
  const current =
    openAt === null
      ? -1
      : items.findIndex(
          (item) =>
            item.kind === 'group' &&
            item.group.day !== null &&
            item.group.day.window.endMs > openAt,
        );
  return (
    <div className="book-table" role="table" aria-label={t('book.title')} aria-rowcount={rowCount}>
      <div role="rowgroup" className="book-table-head">
        <div role="row" aria-rowindex={1} className="book-row book-row-head">
          <span role="columnheader">{t('book.col.time')}</span>
          <span role="columnheader">{t('book.col.guest')}</span>
          <span role="columnheader">{t('book.col.covers')}</span>
          <span role="columnheader">{t('book.col.table')}</span>
          <span role="columnheader">{t('book.col.status')}</span>
          <span role="columnheader">{t('book.col.source')}</span>
          <span role="columnheader">{t('book.col.notes')}</span>
          <span role="columnheader">{t('book.col.actions')}</span>
        </div>
      </div>
      <VirtualList
        className="book-scroll"
        items={items}
        key={props.date}
        initialIndex={Math.max(0, current)}
        heightOf={(item) => HEIGHTS[item.kind]}
        keyOf={(item) =>
          item.kind === 'group'
            ? `g:${item.group.key}`
            : item.kind === 'row'
              ? item.r.id
              : `e:${item.key}`
        }
        render={(item) => {
          if (item.kind === 'row') {
            return (
              <ReservationRow
                r={item.r}
                zone={props.zone}
                rowIndex={item.index}
                tableLabels={props.tableLabel(item.r.tableIds)}
                onOpen={props.onOpen}
                onMove={props.onMove}
              />
            );
          }
          if (item.kind === 'empty') {
            return (
              <div role="row" className="book-row-empty">
                <span role="cell">{t('book.empty')}</span>
              </div>
            );
          }
          const { group } = item;
          const name = group.day?.service.name ?? t('book.outside');
          return (
            <div role="row" className="book-group">
              <span role="rowheader" aria-colspan={8}>
                <strong>{name}</strong>
                {group.day ? (
                  <span className="muted">
                    {' '}
                    {localTimeOf(group.day.window.startMs, props.zone)}–
                    {localTimeOf(group.day.window.endMs, props.zone)}
                  </span>
                ) : null}
                <span className="book-group-count">
                  {t('book.summary', { bookings: group.bookings, covers: group.covers })}
                </span>
              </span>
            </div>
          );
        }}
      />
    </div>
  );
}
