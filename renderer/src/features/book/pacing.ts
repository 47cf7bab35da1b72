import type { DayService } from './book-day';
import { serviceOf } from './book-day';
import { countsAsCovers, type BookReservation } from './book-types';

export interface SlotPacing {
  readonly time: string;
  readonly atMs: number;
  /** Covers arriving in this slot (from its time to the next slot). */
  readonly covers: number;
  readonly bookings: number;
}

export interface ServicePacing {
  readonly serviceId: string;
  /** The service's limit; null when none is set (maxCovers 0). */
  readonly maxCovers: number | null;
  readonly covers: number;
  readonly slots: readonly SlotPacing[];
  /** covers / maxCovers, 0 without a limit. */
  readonly ratio: number;
  readonly over: boolean;
}

/** Index of the slot a start falls in: before the first counts in the first, after the last in the last. */
export function slotIndexOf(slots: readonly { atMs: number }[], startsAt: number): number {
  let index = 0;
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    if (slot && slot.atMs <= startsAt) index = i;
    else break;
  }
  return index;
}

/** Covers per slot and for the whole service; cancelled bookings and no-shows do not count. */
export function servicePacing(
  day: DayService,
  reservations: readonly BookReservation[],
  services: readonly DayService[],
): ServicePacing {
  const covers = day.slots.map(() => 0);
  const bookings = day.slots.map(() => 0);
  let total = 0;
  for (const r of reservations) {
    if (!countsAsCovers(r.status)) continue;
    if (serviceOf(r, services)?.service.id !== day.service.id) continue;
    total += r.partySize;
    if (day.slots.length === 0) continue;
    const i = slotIndexOf(day.slots, r.startsAt);
    covers[i] = (covers[i] ?? 0) + r.partySize;
    bookings[i] = (bookings[i] ?? 0) + 1;
  }
  const maxCovers = day.service.maxCovers > 0 ? day.service.maxCovers : null;
  return {
    serviceId: day.service.id,
    maxCovers,
    covers: total,
    slots: day.slots.map((s, i) => ({
      time: s.time,
      atMs: s.atMs,
      covers: covers[i] ?? 0,
      bookings: bookings[i] ?? 0,
    })),
    ratio: maxCovers === null ? 0 : total / maxCovers,
    over: maxCovers !== null && total > maxCovers,
  };
}

export interface OverbookWarning {
  readonly serviceName: string;
  readonly after: number;
  readonly max: number;
}

/**
 * What a create or edit would do to the service's covers: a warning when the total after the
 * change goes past the limit (the host may still save; it must be seen). The edited reservation
 * is taken out first, so moving a party inside its own service is not counted twice.
 */
export function overbookWarning(
  change: {
    readonly id?: string;
    readonly partySize: number;
    readonly startsAt: number;
    readonly serviceId?: string;
  },
  reservations: readonly BookReservation[],
  services: readonly DayService[],
): OverbookWarning | null {
  const target = serviceOf(change, services);
  if (!target || target.service.maxCovers <= 0) return null;
  let covers = 0;
  for (const r of reservations) {
    if (r.id === change.id || !countsAsCovers(r.status)) continue;
    if (serviceOf(r, services)?.service.id === target.service.id) covers += r.partySize;
  }
  const after = covers + change.partySize;
  return after > target.service.maxCovers
    ? { serviceName: target.service.name, after, max: target.service.maxCovers }
    : null;
}
