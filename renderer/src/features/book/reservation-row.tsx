import { memo } from 'react';
import type { ReservationStatus } from '../../../../shared/domain/reservation';
import { localTimeOf } from '../../../../shared/domain/time';
import { useT } from '../../app/use-t';
import { setDraggedReservation } from '../shared/drag-reservation';
import { SOURCE_BRANDS, SOURCE_ICONS, STATUS_ICONS, isDeskSource } from './book-format';
import type { BookReservation } from './book-types';
import { moveVerb, rowActions } from './status-flow';

export function StatusBadge(props: { readonly status: ReservationStatus }) {
  const t = useT();
  return (
    <span className={`book-status book-status-${props.status}`}>
      <span aria-hidden="true" className="book-status-icon">
        {STATUS_ICONS[props.status]}
      </span>
      {t(`book.status.${props.status}`)}
    </span>
  );
}

export function SourceBadge(props: { readonly source: string }) {
  const t = useT();
  const name = isDeskSource(props.source)
    ? t(`book.source.${props.source}`)
    : (SOURCE_BRANDS[props.source] ?? props.source);
  return (
    <span
      className={`book-source book-source-${isDeskSource(props.source) ? 'desk' : 'platform'}`}
      title={t('book.source.label', { source: name })}
    >
      {SOURCE_ICONS[props.source] !== undefined ? (
        <span aria-hidden="true">{SOURCE_ICONS[props.source]} </span>
      ) : null}
      {name}
    </span>
  );
}

/** Allergies first (they matter most), then occasion and notes; icon visible, words for all. */
export function Marks(props: { readonly r: BookReservation }) {
  const t = useT();
  const { r } = props;
  return (
    <span className="book-marks">
      {r.allergies.length > 0 ? (
        <span className="book-mark book-mark-allergy" title={r.allergies.join(', ')}>
          <span aria-hidden="true">⚠ </span>
          <span className="book-sr">
            {t('book.row.allergies', { list: r.allergies.join(', ') })}
          </span>
          <span aria-hidden="true">{r.allergies.join(', ')}</span>
        </span>
      ) : null}
      {r.occasion !== undefined ? (
        <span className="book-mark book-mark-occasion" title={r.occasion}>
          <span aria-hidden="true">★ </span>
          <span className="book-sr">{t('book.row.occasion', { text: r.occasion })}</span>
          <span aria-hidden="true">{r.occasion}</span>
        </span>
      ) : null}
      {r.notes !== undefined && r.notes !== '' ? (
        <span className="book-mark book-mark-note" title={r.notes}>
          <span aria-hidden="true">✎ </span>
          <span className="book-sr">{t('book.row.notes', { text: r.notes })}</span>
          <span aria-hidden="true">{r.notes}</span>
        </span>
      ) : null}
    </span>
  );
}

export const ReservationRow = memo(function ReservationRow(props: {
  readonly r: BookReservation;
  readonly zone: string;
  readonly tableLabels: string;
  readonly rowIndex: number;
  readonly onOpen: (id: string) => void;
  readonly onMove: (r: BookReservation, to: ReservationStatus) => void;
}) {
  const t = useT();
  const { r } = props;
  const actions = rowActions(r.status);
  const moves = [actions.primary, ...actions.secondary].filter(
    (to): to is ReservationStatus => to !== null,
  );
  const ended = r.status === 'cancelled' || r.status === 'no_show' || r.status === 'completed';
  return (
    <div
      role="row"
      aria-rowindex={props.rowIndex}
      className={`book-row book-row-${r.status}${ended ? ' book-row-ended' : ''}`}
      draggable
      title={t('book.row.drag')}
      onDragStart={(event) => setDraggedReservation(event, r.id)}
    >
      <span role="cell" className="book-cell-time">
        {localTimeOf(r.startsAt, props.zone)}
      </span>
      <span role="cell" className="book-cell-guest">
        <button
          type="button"
          className="book-guest"
          aria-label={t('book.row.open', { name: r.guestName })}
          onClick={() => props.onOpen(r.id)}
        >
          <span className="book-guest-name">{r.guestName}</span>
          {r.phone !== undefined ? <span className="book-guest-phone">{r.phone}</span> : null}
        </button>
      </span>
      <span role="cell" className="book-cell-covers">
        <span aria-hidden="true">{r.partySize}</span>
        <span className="book-sr">{t('book.row.covers', { count: r.partySize })}</span>
      </span>
      <span
        role="cell"
        className={r.tableIds.length === 0 ? 'book-cell-table book-no-table' : 'book-cell-table'}
      >
        {r.tableIds.length === 0 ? t('book.row.noTable') : props.tableLabels}
      </span>
      <span role="cell">
        <StatusBadge status={r.status} />
      </span>
      <span role="cell">
        <SourceBadge source={r.source} />
      </span>
      <span role="cell" className="book-cell-marks">
        <Marks r={r} />
      </span>
      <span role="cell" className="book-cell-actions">
        {moves.map((to, i) => {
          const verb = t(`book.move.${moveVerb(r.status, to)}`);
          return (
            <button
              key={to}
              type="button"
              className={
                i === 0 && to === actions.primary
                  ? `button book-move book-move-primary book-move-${to}`
                  : `button book-move book-move-${to}`
              }
              aria-label={t('book.move.label', { action: verb, name: r.guestName })}
              onClick={() => props.onMove(r, to)}
            >
              {verb}
            </button>
          );
        })}
      </span>
    </div>
  );
});
