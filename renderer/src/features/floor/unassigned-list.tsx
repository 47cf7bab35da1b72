import type { Booking } from './floor-types';
import { useT } from '../../app/use-t';
import { partyText, type FormatTime } from './floor-labels';
import { ReservationChip } from './reservation-chip';

/** Today's reservations still without a table: drag one onto a table, or pick a table for it. */
export function UnassignedList(props: {
  reservations: readonly Booking[];
  pickingFor: string | null;
  time: FormatTime;
  onPick: (reservationId: string | null) => void;
}) {
  const t = useT();
  return (
    <section className="floor-panel floor-unassigned" aria-labelledby="floor-unassigned-title">
      <h2 id="floor-unassigned-title">
        {t('floor.unassigned.title')}{' '}
        <span className="count-badge">{props.reservations.length}</span>
      </h2>
      {props.reservations.length === 0 ? (
        <p className="muted">{t('floor.unassigned.none')}</p>
      ) : (
        <ul className="floor-unassigned-list">
          {props.reservations.map((r) => {
            const text = t('floor.unassigned.item', {
              time: props.time(r.startsAt),
              name: r.guestName,
              party: partyText(t, r.partySize),
            });
            const picking = props.pickingFor === r.id;
            return (
              <li key={r.id} className={picking ? 'is-picking' : undefined}>
                <ReservationChip reservation={r} text={text} />
                <button
                  type="button"
                  className="button button-small"
                  aria-pressed={picking}
                  aria-label={`${t('floor.unassigned.assign')} ${text}`}
                  onClick={() => props.onPick(picking ? null : r.id)}
                >
                  {t('floor.unassigned.assign')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
