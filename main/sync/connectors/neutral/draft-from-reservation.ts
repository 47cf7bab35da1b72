import { FINAL_STATUSES, type Reservation } from '../../../../shared/domain/reservation';
import type { NeutralReservationChange, NeutralReservationDraft } from './neutral-reservation';
import { optional } from './optional-field';

/** Guest details kept on the customer rather than the reservation. */
export interface DraftCustomer {
  readonly locale?: string;
  readonly email?: string;
  readonly phone?: string;
}

/** A desk reservation as a draft to create on a platform. */
export function draftFromReservation(
  reservation: Reservation,
  customer: DraftCustomer = {},
): NeutralReservationDraft {
  if (FINAL_STATUSES.includes(reservation.status)) {
    throw new RangeError(
      `a ${reservation.status} reservation is not created on platforms (reservation ${reservation.id})`,
    );
  }
  return {
    localId: reservation.id,
    status: reservation.status === 'requested' ? 'requested' : 'confirmed',
    startsAt: reservation.startsAt,
    durationMinutes: reservation.durationMinutes,
    partySize: reservation.partySize,
    guest: {
      name: reservation.guestName,
      ...optional('email', reservation.email ?? customer.email),
      ...optional('phone', reservation.phone ?? customer.phone),
      ...optional('locale', customer.locale),
    },
    ...optional('notes', reservation.notes),
    ...optional('offerId', reservation.offerId),
    ...optional('customerId', reservation.customerId),
    ...optional('diningRoomId', reservation.diningRoomId),
    ...optional('serviceId', reservation.serviceId),
    tableIds: [...reservation.tableIds],
  };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * What changed between two versions of a desk reservation, in connector terms. Status moves are
 * not part of it: they go through cancelReservation or the statusChanges capability.
 */
export function changeBetween(before: Reservation, after: Reservation): NeutralReservationChange {
  const change: NeutralReservationChange = {};
  if (before.startsAt !== after.startsAt) change.startsAt = after.startsAt;
  if (before.durationMinutes !== after.durationMinutes) {
    change.durationMinutes = after.durationMinutes;
  }
  if (before.partySize !== after.partySize) change.partySize = after.partySize;
  const guest: NonNullable<NeutralReservationChange['guest']> = {};
  if (before.guestName !== after.guestName) guest.name = after.guestName;
  if (before.email !== after.email && after.email !== undefined) guest.email = after.email;
  if (before.phone !== after.phone && after.phone !== undefined) guest.phone = after.phone;
  if (Object.keys(guest).length > 0) change.guest = guest;
  if (before.notes !== after.notes) change.notes = after.notes ?? '';
  if (before.offerId !== after.offerId && after.offerId !== undefined) {
    change.offerId = after.offerId;
  }
  if (before.diningRoomId !== after.diningRoomId && after.diningRoomId !== undefined) {
    change.diningRoomId = after.diningRoomId;
  }
  if (!sameList(before.tableIds, after.tableIds)) change.tableIds = [...after.tableIds];
  return change;
}
