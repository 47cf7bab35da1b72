import { useEffect, useRef } from 'react';
import { localTimeOf } from '../../../../shared/domain/time';
import { useT } from '../../app/use-t';
import {
  carriesReservation,
  draggedReservation,
  setDraggedReservation,
} from '../shared/drag-reservation';
import { STATUS_ICONS } from './book-format';
import type { BookReservation, BookRoom, BookTable } from './book-types';
import { hourTicks, layoutTimeline, type TimeRange, type TimelineRow } from './timeline-layout';

const PX_PER_HOUR = 168;
const LANE = 46;

function TimelineLane(props: {
  readonly row: TimelineRow;
  readonly label: string;
  readonly sub?: string;
  readonly width: number;
  readonly zone: string;
  readonly onOpen: (id: string) => void;
  /** Set on table rows: a booking dropped on the row goes to that table. */
  readonly onDropBooking?: (reservationId: string) => void;
}) {
  const t = useT();
  const { row } = props;
  const drop = props.onDropBooking;
  return (
    <div
      role="row"
      className="book-tl-row"
      style={{ height: row.lanes * LANE + 6 }}
      title={drop ? t('book.timeline.dropHint', { label: props.label }) : undefined}
      onDragOver={(event) => {
        if (drop && carriesReservation(event)) {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'move';
        }
      }}
      onDrop={(event) => {
        const id = draggedReservation(event);
        if (drop && id !== null) {
          event.preventDefault();
          drop(id);
        }
      }}
    >
      <span role="rowheader" className="book-tl-label">
        <strong>{props.label}</strong>
        {props.sub !== undefined ? <span className="muted">{props.sub}</span> : null}
      </span>
      <span role="cell" className="book-tl-track" style={{ width: props.width }}>
        {row.blocks.map((b) => {
          const r = b.reservation;
          const time = localTimeOf(r.startsAt, props.zone);
          const status = t(`book.status.${r.status}`);
          return (
            <button
              key={`${row.key}:${r.id}`}
              type="button"
              draggable
              className={`book-tl-block book-status-${r.status}${b.clash ? ' book-tl-clash' : ''}`}
              style={{
                left: b.left * props.width,
                width: Math.max(28, b.width * props.width - 3),
                top: b.lane * LANE + 3,
                height: LANE - 4,
              }}
              aria-label={
                t('book.timeline.block', { time, name: r.guestName, covers: r.partySize, status }) +
                (b.clash ? ` — ${t('book.timeline.clash')}` : '')
              }
              title={`${time} ${r.guestName} · ${r.partySize} · ${status}`}
              onDragStart={(event) => setDraggedReservation(event, r.id)}
              onClick={() => props.onOpen(r.id)}
            >
              <span aria-hidden="true" className="book-tl-block-text">
                <span className="book-status-icon">{STATUS_ICONS[r.status]}</span>{' '}
                <strong>{r.partySize}</strong> {r.guestName}
                {r.allergies.length > 0 ? ' ⚠' : ''}
                {b.clash ? ' ‼' : ''}
              </span>
            </button>
          );
        })}
      </span>
    </div>
  );
}

/** Rows = tables by room, columns = the day's service hours, a block per booking, a now-line. */
export function BookTimeline(props: {
  readonly reservations: readonly BookReservation[];
  readonly rooms: readonly BookRoom[];
  readonly tables: readonly BookTable[];
  readonly range: TimeRange;
  readonly zone: string;
  readonly now: number;
  readonly onOpen: (id: string) => void;
  readonly onAssign: (reservationId: string, table: BookTable) => void;
}) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const layout = layoutTimeline({
    rooms: props.rooms,
    tables: props.tables,
    reservations: props.reservations,
    range: props.range,
  });
  const hours = (props.range.endMs - props.range.startMs) / 3_600_000;
  const width = Math.max(1, Math.round(hours * PX_PER_HOUR));
  const x = (ms: number) =>
    ((ms - props.range.startMs) / (props.range.endMs - props.range.startMs)) * width;
  const nowVisible = props.now >= props.range.startMs && props.now < props.range.endMs;
  const nowX = nowVisible ? x(props.now) : null;

  // Bring the now-line into view once when the timeline opens on today.
  const rangeStart = props.range.startMs;
  useEffect(() => {
    if (nowX !== null) scroller.current?.scrollTo({ left: Math.max(0, nowX - 240) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the day changes
  }, [rangeStart]);

  return (
    <div className="book-tl" ref={scroller}>
      <div role="table" aria-label={t('book.timeline.label')} className="book-tl-grid">
        <div role="rowgroup" className="book-tl-head">
          <div role="row" className="book-tl-row book-tl-axis">
            <span role="columnheader" className="book-tl-label">
              {t('book.col.table')}
            </span>
            <span role="columnheader" className="book-tl-track" style={{ width }}>
              {hourTicks(props.range).map((tick) => (
                <span key={tick} className="book-tl-tick" style={{ left: x(tick) }}>
                  {localTimeOf(tick, props.zone)}
                </span>
              ))}
            </span>
          </div>
        </div>
        <div role="rowgroup" aria-label={t('book.timeline.unassigned')}>
          <TimelineLane
            row={layout.unassigned}
            label={t('book.timeline.unassigned')}
            width={width}
            zone={props.zone}
            onOpen={props.onOpen}
          />
        </div>
        {layout.rooms.length === 0 ? (
          <p className="book-hint">{t('book.timeline.noTables')}</p>
        ) : null}
        {layout.rooms.map((room) => (
          <div
            role="rowgroup"
            key={room.key}
            aria-label={room.room?.name ?? t('book.timeline.otherRoom')}
          >
            <div role="row" className="book-tl-room">
              <span role="rowheader">{room.room?.name ?? t('book.timeline.otherRoom')}</span>
            </div>
            {room.rows.map((row) => (
              <TimelineLane
                key={row.key}
                row={row}
                label={row.table?.label ?? ''}
                sub={row.table ? `${row.table.seatsMin}–${row.table.seatsMax}` : undefined}
                width={width}
                zone={props.zone}
                onOpen={props.onOpen}
                onDropBooking={(id) => {
                  if (row.table) props.onAssign(id, row.table);
                }}
              />
            ))}
          </div>
        ))}
        {hourTicks(props.range).map((tick) => (
          <span
            key={`line-${tick}`}
            aria-hidden="true"
            className="book-tl-hourline"
            style={{ left: `calc(var(--book-tl-label) + ${x(tick)}px)` }}
          />
        ))}
        {nowX !== null ? (
          <span
            className="book-tl-now"
            style={{ left: `calc(var(--book-tl-label) + ${nowX}px)` }}
            title={t('book.timeline.now')}
          >
            <span className="book-tl-now-label">{localTimeOf(props.now, props.zone)}</span>
          </span>
        ) : null}
      </div>
    </div>
  );
}
