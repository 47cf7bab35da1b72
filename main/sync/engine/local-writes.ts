import type { Reservation } from '../../../shared/domain/reservation';
import type { ReservationPatch } from '../../../shared/store/reservation-repository';
import type { Snapshot } from '../../../shared/store/store-deps';
import type { NeutralReservation } from '../connectors/neutral/neutral-reservation';
import type { EngineContext } from './engine-context';
import { guestNameOf, isStatus, type SyncView } from './sync-view';

/** Writes remote values on the desk (inside the reservation's lock). */
export async function writeLocal(
  ctx: EngineContext,
  id: string,
  view: SyncView,
): Promise<Snapshot<Reservation> | null> {
  const patch: ReservationPatch = {};
  if (view.startsAt !== undefined) patch.startsAt = view.startsAt;
  if (view.partySize !== undefined) {
    patch.partySize = view.partySize;
    // adults + children must add up: drop the split rather than keep a wrong one.
    patch.adults = undefined;
    patch.children = undefined;
  }
  if (view.guestName !== undefined) patch.guestName = view.guestName;
  if (view.email !== undefined) patch.email = view.email;
  if (view.phone !== undefined) patch.phone = view.phone;
  if (view.notes !== undefined) patch.notes = view.notes;
  let latest: Snapshot<Reservation> | null = null;
  if (Object.keys(patch).length > 0) latest = await ctx.store.reservations.update(id, patch);
  if (view.status !== undefined && isStatus(view.status)) {
    latest = await ctx.store.reservations.setStatus(id, view.status);
  }
  return latest ?? (await ctx.store.reservations.byId(id));
}

/** A new desk reservation for a booking first seen on a platform. */
export async function createLocal(
  ctx: EngineContext,
  n: NeutralReservation,
): Promise<Snapshot<Reservation>> {
  const platformName = ctx.platforms.get(n.platform)?.config.displayName ?? n.platform;
  const created = await ctx.store.reservations.create({
    id: ctx.newId(),
    guestName: guestNameOf(n) ?? `Guest (${platformName})`,
    partySize: n.partySize,
    startsAt: n.startsAt,
    durationMinutes: n.durationMinutes ?? ctx.defaultDurationMinutes,
    status: 'confirmed',
    source: n.source,
    tableIds: [...n.tableIds],
    allergies: [],
    dietaryRestrictions: [],
    ...(n.guest.email === undefined ? {} : { email: n.guest.email }),
    ...(n.guest.phone === undefined ? {} : { phone: n.guest.phone }),
    ...(n.notes === undefined || n.notes === '' ? {} : { notes: n.notes }),
    ...(n.offerId === undefined ? {} : { offerId: n.offerId }),
    ...(n.customerId === undefined ? {} : { customerId: n.customerId }),
    ...(n.diningRoomId === undefined ? {} : { diningRoomId: n.diningRoomId }),
  });
  // setStatus stamps arrivedAt/cancelledAt... as the desk would.
  if (n.status !== 'confirmed') return ctx.store.reservations.setStatus(created.id, n.status);
  return created;
}
