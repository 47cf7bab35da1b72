import type { Booking } from './floor-types';
import { setDraggedReservation } from '../shared/drag-reservation';

/** A reservation the host can drag onto a table (same data type as the book's rows). */
export function ReservationChip(props: { reservation: Booking; text: string; hint?: string }) {
  return (
    <div
      className="reservation-chip"
      draggable
      title={props.hint}
      data-reservation-id={props.reservation.id}
      onDragStart={(e) => setDraggedReservation(e, props.reservation.id)}
    >
      <span aria-hidden="true" className="chip-grip">
        ⠿
      </span>
      {props.text}
    </div>
  );
}
