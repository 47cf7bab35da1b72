import { addDays, instantAtLocal, localDate, minutesOf } from '../common/time-zone';
import { ACTIVE_STATUSES, type ForkReservation, type ForkRestaurant } from './model';

export interface Slot {
  readonly start: number;
  readonly service: string;
}

export interface SlotAvailability {
  readonly slot: Slot;
  readonly hasNormalStock: boolean;
  readonly offers: readonly string[];
}

export interface AvailabilityContext {
  readonly restaurant: ForkRestaurant;
  readonly reservations: readonly ForkReservation[];
  readonly now: number;
}

/** Seating times of one local day, in order. */
export function slotsForDate(restaurant: ForkRestaurant, date: string): Slot[] {
  const slots: Slot[] = [];
  for (const service of restaurant.services) {
    const last = minutesOf(service.lastSeating);
    for (let m = minutesOf(service.start); m <= last; m += restaurant.slotMinutes) {
      slots.push({ start: instantAtLocal(date, m, restaurant.timeZone), service: service.name });
    }
  }
  return slots;
}

/** The slot starting exactly at `instant`, if the restaurant seats guests then. */
export function slotAt(restaurant: ForkRestaurant, instant: number): Slot | undefined {
  return slotsForDate(restaurant, localDate(instant, restaurant.timeZone)).find(
    (s) => s.start === instant,
  );
}

function coversAt(
  ctx: AvailabilityContext,
  start: number,
  excludeUuid: string | undefined,
  offerUuid: string | undefined,
): number {
  let covers = 0;
  for (const r of ctx.reservations) {
    if (r.restaurantUuid !== ctx.restaurant.restaurantUuid || r.mealDate !== start) continue;
    if (!ACTIVE_STATUSES.has(r.status) || r.reservationUuid === excludeUuid) continue;
    if (offerUuid !== undefined && r.offerUuid !== offerUuid) continue;
    covers += r.partySize;
  }
  return covers;
}

function isOpenForBooking(ctx: AvailabilityContext, slot: Slot): boolean {
  const horizon = ctx.now + ctx.restaurant.bookingWindowDays * 86_400_000;
  return slot.start > ctx.now && slot.start <= horizon;
}

/** What a party of `partySize` (default 1) can book in `slot`, ignoring `excludeUuid`'s covers. */
export function availabilityOf(
  ctx: AvailabilityContext,
  slot: Slot,
  partySize = 1,
  excludeUuid?: string,
): SlotAvailability {
  const { restaurant } = ctx;
  if (!isOpenForBooking(ctx, slot) || partySize > restaurant.maxPartySize) {
    return { slot, hasNormalStock: false, offers: [] };
  }
  const hasNormalStock =
    coversAt(ctx, slot.start, excludeUuid, undefined) + partySize <= restaurant.coversPerSlot;
  const offers = hasNormalStock
    ? restaurant.offers
        .filter((o) => o.services.includes(slot.service))
        .filter(
          (o) => coversAt(ctx, slot.start, excludeUuid, o.uuid) + partySize <= o.coversPerSlot,
        )
        .map((o) => o.uuid)
    : [];
  return { slot, hasNormalStock, offers };
}

/** Local dates from `startDate` to `endDate`, both included. */
export function datesBetween(startDate: string, endDate: string): string[] {
  const dates: string[] = [];
  for (let d = startDate; d <= endDate; d = addDays(d, 1)) dates.push(d);
  return dates;
}

/** Whether a party can be placed at `instant` (with an optional offer). */
export function canBook(
  ctx: AvailabilityContext,
  instant: number,
  partySize: number,
  offerUuid: string | null,
  excludeUuid?: string,
): boolean {
  const slot = slotAt(ctx.restaurant, instant);
  if (!slot) return false;
  const availability = availabilityOf(ctx, slot, partySize, excludeUuid);
  return offerUuid === null ? availability.hasNormalStock : availability.offers.includes(offerUuid);
}
