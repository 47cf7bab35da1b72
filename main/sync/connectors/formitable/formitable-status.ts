import type { ReservationStatus } from '../../../../shared/domain/reservation';
import type { FormitableStatus } from './formitable-wire';

/**
 * Formitable's status is the booking's (CREATED = an option or a request awaiting acceptance,
 * ACCEPTED = confirmed, three endings); being checked in is a separate fact, `checkInDateTime`.
 * Check-out is not visible when reading, so a completed visit reads back as `arrived`.
 */
export function formitableToDeskStatus(
  status: FormitableStatus,
  checkedIn: boolean,
): ReservationStatus {
  switch (status) {
    case 'CANCELLED':
    case 'FAILED':
    case 'EXPIRED':
      return 'cancelled';
    case 'CREATED':
      return checkedIn ? 'arrived' : 'requested';
    case 'ACCEPTED':
      return checkedIn ? 'arrived' : 'confirmed';
  }
}

/** How a desk status is represented on Formitable; `exact` is false where it has no equivalent. */
export function deskToFormitableStatus(status: ReservationStatus): {
  status: FormitableStatus;
  checkedIn: boolean;
  checkedOut: boolean;
  exact: boolean;
} {
  switch (status) {
    case 'requested':
      return { status: 'CREATED', checkedIn: false, checkedOut: false, exact: true };
    case 'confirmed':
      return { status: 'ACCEPTED', checkedIn: false, checkedOut: false, exact: true };
    case 'arrived':
      return { status: 'ACCEPTED', checkedIn: true, checkedOut: false, exact: true };
    // Formitable has no seated step: a check-in is the closest.
    case 'seated':
      return { status: 'ACCEPTED', checkedIn: true, checkedOut: false, exact: false };
    case 'completed':
      return { status: 'ACCEPTED', checkedIn: true, checkedOut: true, exact: true };
    case 'cancelled':
      return { status: 'CANCELLED', checkedIn: false, checkedOut: false, exact: true };
    // No no-show on Formitable: the booking simply stays unchecked.
    case 'no_show':
      return { status: 'ACCEPTED', checkedIn: false, checkedOut: false, exact: false };
  }
}

export function formitableStatusLabel(status: FormitableStatus, checkedIn: boolean): string {
  return checkedIn ? `${status}+checkin` : status;
}
