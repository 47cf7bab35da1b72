import type { Table, Booking } from './floor-types';
import { useState, type RefObject } from 'react';
import { useT } from '../../app/use-t';
import { partyText, stateName, type FormatTime } from './floor-labels';
import { ReservationChip } from './reservation-chip';
import type { TableState } from './table-state';

export interface TablePanelProps {
  table: Table;
  state: TableState;
  /** Full documents of the seated and next parties (for the chips and actions). */
  seated: Booking | undefined;
  next: Booking | undefined;
  neighbours: readonly Table[];
  combined: readonly Table[];
  time: FormatTime;
  walkInRef: RefObject<HTMLInputElement | null>;
  onClose: () => void;
  onSeatWalkIn: (partySize: number) => Promise<boolean>;
  onSeatNext: () => void;
  onFree: () => void;
  onBlock: (reason: string) => Promise<boolean>;
  onUnblock: () => void;
  onToggleCombine: (tableId: string) => void;
  onMove: (reservationId: string) => void;
}

/** What a host can do with the selected table during service. */
export function TablePanel({ walkInRef, ...props }: TablePanelProps) {
  const t = useT();
  const { table, state, time } = props;
  const [party, setParty] = useState('2');
  const [reason, setReason] = useState('');
  const headingId = `floor-panel-${table.id}`;
  const labels = [table, ...props.combined].map((x) => x.label).join(' + ');
  const seats = [table, ...props.combined].reduce((sum, x) => sum + x.seatsMax, 0);
  const occupied = state.kind === 'seated' || state.kind === 'over';
  const partySize = Number(party);
  const partyValid = Number.isInteger(partySize) && partySize >= 1 && partySize <= 100;

  return (
    <section className="floor-panel" aria-labelledby={headingId}>
      <div className="floor-panel-head">
        <h2 id={headingId}>{t('floor.panel.label', { label: table.label })}</h2>
        <button
          type="button"
          className="button button-quiet"
          aria-label={t('floor.panel.close')}
          onClick={props.onClose}
        >
          ✕
        </button>
      </div>
      <p className={`floor-panel-state state-text-${state.kind}`}>{stateName(t, time, state)}</p>
      <p className="muted">
        {t('floor.panel.seats', { min: table.seatsMin, max: table.seatsMax })}
      </p>

      {props.seated ? (
        <div className="floor-panel-block">
          <p>
            {t('floor.panel.seatedSince', {
              time: time(props.seated.seatedAt ?? props.seated.startsAt),
              minutes: state.elapsedMinutes ?? 0,
              duration: props.seated.durationMinutes,
            })}
          </p>
          <ReservationChip
            reservation={props.seated}
            text={`${props.seated.guestName} · ${partyText(t, props.seated.partySize)}`}
            hint={t('floor.panel.dragHint')}
          />
          <button
            type="button"
            className="button button-wide"
            onClick={() => props.seated && props.onMove(props.seated.id)}
          >
            {t('floor.panel.move', { name: props.seated.guestName })}
          </button>
          <button type="button" className="button button-wide" onClick={props.onFree}>
            {t('floor.free')}
          </button>
        </div>
      ) : null}

      {props.next ? (
        <div className="floor-panel-block">
          <p>
            {t('floor.panel.next', {
              name: props.next.guestName,
              party: partyText(t, props.next.partySize),
              time: time(props.next.startsAt),
            })}
          </p>
          <ReservationChip
            reservation={props.next}
            text={`${time(props.next.startsAt)} ${props.next.guestName} · ${partyText(t, props.next.partySize)}`}
            hint={t('floor.panel.dragHint')}
          />
          <button
            type="button"
            className="button button-wide"
            onClick={() => props.next && props.onMove(props.next.id)}
          >
            {t('floor.panel.move', { name: props.next.guestName })}
          </button>
          {!occupied ? (
            <button
              type="button"
              className="button button-wide button-primary"
              aria-keyshortcuts="S"
              onClick={props.onSeatNext}
            >
              {t('floor.seatNext', {
                name: props.next.guestName,
                party: partyText(t, props.next.partySize),
              })}
            </button>
          ) : null}
        </div>
      ) : (
        <p className="muted">{t('floor.panel.nextNone')}</p>
      )}

      {!occupied && !table.blocked ? (
        <form
          className="floor-panel-block floor-walk-in"
          onSubmit={(e) => {
            e.preventDefault();
            if (!partyValid) return;
            void props.onSeatWalkIn(partySize).then((ok) => {
              if (ok) setParty('2');
            });
          }}
        >
          <fieldset>
            <legend>{t('floor.walkIn.legend')}</legend>
            {props.combined.length > 0 ? (
              <p className="floor-combined-note">{t('floor.combine.active', { labels, seats })}</p>
            ) : null}
            <label className="field-inline">
              <span>{t('floor.walkIn.party')}</span>
              <input
                ref={walkInRef}
                type="number"
                inputMode="numeric"
                min={1}
                max={100}
                value={party}
                aria-invalid={!partyValid}
                onChange={(e) => setParty(e.target.value)}
              />
            </label>
            <button
              type="submit"
              className="button button-primary"
              aria-keyshortcuts="W"
              disabled={!partyValid}
            >
              {t('floor.walkIn.submit')}
            </button>
          </fieldset>
        </form>
      ) : null}

      {!occupied ? (
        <fieldset className="floor-panel-block">
          <legend>{t('floor.combine.legend')}</legend>
          {props.neighbours.length === 0 ? (
            <p className="muted">{t('floor.combine.none')}</p>
          ) : (
            <div className="floor-combine">
              {props.neighbours.map((n) => (
                <button
                  key={n.id}
                  type="button"
                  className="button"
                  aria-pressed={props.combined.some((c) => c.id === n.id)}
                  onClick={() => props.onToggleCombine(n.id)}
                >
                  {t('floor.combine.with', { label: n.label })}
                </button>
              ))}
            </div>
          )}
        </fieldset>
      ) : null}

      {table.blocked ? (
        <button type="button" className="button button-wide" onClick={props.onUnblock}>
          {t('floor.unblock')}
        </button>
      ) : (
        <form
          className="floor-panel-block floor-block"
          onSubmit={(e) => {
            e.preventDefault();
            void props.onBlock(reason.trim()).then((ok) => {
              if (ok) setReason('');
            });
          }}
        >
          <label className="field">
            <span>{t('floor.blockReason')}</span>
            <input
              type="text"
              value={reason}
              maxLength={200}
              placeholder={t('floor.blockReason.placeholder')}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <button type="submit" className="button">
            {t('floor.block')}
          </button>
        </form>
      )}
    </section>
  );
}
