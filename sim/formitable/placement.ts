import { HOLDING_STATUSES, type FormBooking, type FormRestaurant, type FormTable } from './model';

/** Table placement over time windows [start, start + duration). */
export interface PlacementContext {
  readonly restaurant: FormRestaurant;
  readonly bookings: readonly FormBooking[];
  readonly now: number;
}

const MINUTE = 60_000;

/** Whether a booking occupies its tables right now (options lapse; check-out frees the table). */
export function holdsTables(b: FormBooking, now: number): boolean {
  if (!HOLDING_STATUSES.has(b.status) || b.checkOutDateTime !== null) return false;
  return !(b.status === 'CREATED' && b.optionExpires !== null && b.optionExpires <= now);
}

function overlaps(b: FormBooking, start: number, end: number): boolean {
  return b.bookingDateTime < end && start < b.bookingDateTime + b.bookingDuration * MINUTE;
}

/** Ids among `tableIds` already taken at that time by another booking. */
export function conflictingTables(
  ctx: PlacementContext,
  tableIds: readonly number[],
  start: number,
  durationMinutes: number,
  excludeUid?: string,
): number[] {
  const end = start + durationMinutes * MINUTE;
  const taken = new Set<number>();
  for (const b of ctx.bookings) {
    if (b.uid === excludeUid || !holdsTables(b, ctx.now) || !overlaps(b, start, end)) continue;
    for (const id of b.tables) taken.add(id);
  }
  return tableIds.filter((id) => taken.has(id));
}

/** The smallest free table that seats the party (then by priority), if any. */
export function findTable(
  ctx: PlacementContext,
  people: number,
  start: number,
  durationMinutes: number,
  excludeUid?: string,
): FormTable | undefined {
  return [...ctx.restaurant.tables]
    .filter((t) => t.minPeople <= people && people <= t.maxPeople)
    .sort((a, b) => a.maxPeople - b.maxPeople || a.priority - b.priority)
    .find((t) => conflictingTables(ctx, [t.id], start, durationMinutes, excludeUid).length === 0);
}

/** Minutes the table stays free from `start` (0 if taken then), capped at `cap`. */
export function freeMinutes(
  ctx: PlacementContext,
  table: FormTable,
  start: number,
  cap: number,
): number {
  let free = cap;
  for (const b of ctx.bookings) {
    if (!b.tables.includes(table.id) || !holdsTables(b, ctx.now)) continue;
    const end = b.bookingDateTime + b.bookingDuration * MINUTE;
    if (b.bookingDateTime <= start && start < end) return 0;
    if (b.bookingDateTime > start)
      free = Math.min(free, Math.floor((b.bookingDateTime - start) / MINUTE));
  }
  return free;
}
