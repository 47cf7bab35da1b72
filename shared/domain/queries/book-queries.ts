import type { MangoQuery } from 'rxdb';
import type { Reservation, ReservationStatus } from '../reservation';
import { dayBounds, type InstantRange } from '../time/day-bounds';

/**
 * The Mango queries the book and the sync engine run on reservations, shared by main and the
 * renderer so both hit the same indexes (see reservation.ts; a test pins each plan).
 */

/** Reservations starting in [startMs, endMs), in time order (ties by id). Index [startsAt]. */
export function reservationsBetweenQuery(range: InstantRange): MangoQuery<Reservation> {
  return {
    selector: { startsAt: { $gte: range.startMs, $lt: range.endMs } },
    sort: [{ startsAt: 'asc' }],
  };
}

/** The book of one local date in the restaurant's zone (23 h and 25 h days included). */
export function dayBookQuery(date: string, timeZone: string): MangoQuery<Reservation> {
  return reservationsBetweenQuery(dayBounds(date, timeZone));
}

/** One status in a time range, in time order. Index [status, startsAt]. */
export function reservationsWithStatusQuery(
  status: ReservationStatus,
  range: InstantRange,
): MangoQuery<Reservation> {
  return {
    selector: { status, startsAt: { $gte: range.startMs, $lt: range.endMs } },
    sort: [{ status: 'asc' }, { startsAt: 'asc' }],
  };
}

/**
 * Reservations holding a table in a time range (combined tables included). RxDB cannot index
 * the `tableIds` array, so the range on [startsAt] narrows and the matcher checks the table.
 */
export function reservationsOfTableQuery(
  tableId: string,
  range: InstantRange,
): MangoQuery<Reservation> {
  return {
    selector: {
      startsAt: { $gte: range.startMs, $lt: range.endMs },
      tableIds: { $elemMatch: { $eq: tableId } },
    },
    sort: [{ startsAt: 'asc' }],
  };
}

/** A guest's reservations, oldest first. Index [customerId, startsAt]. */
export function customerReservationsQuery(customerId: string): MangoQuery<Reservation> {
  return { selector: { customerId }, sort: [{ customerId: 'asc' }, { startsAt: 'asc' }] };
}

/** Reservations changed since an instant, oldest change first. Index [updatedAt]. */
export function reservationsChangedSinceQuery(
  sinceMs: number,
  limit: number,
): MangoQuery<Reservation> {
  return { selector: { updatedAt: { $gt: sinceMs } }, sort: [{ updatedAt: 'asc' }], limit };
}
