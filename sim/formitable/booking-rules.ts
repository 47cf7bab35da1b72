import type { SimResponse } from '../common/http-types';
import { badRequest, validationProblem } from './errors';
import type { FormBooking, FormRestaurant } from './model';
import { conflictingTables, findTable, type PlacementContext } from './placement';
import { parseBookingDateTime } from './world';

/** Resolves a booking time text, or the 400 the API gives for it. */
export function bookingTime(
  text: string,
  restaurant: FormRestaurant,
): { ok: true; at: number } | { ok: false; response: SimResponse } {
  const at = parseBookingDateTime(text, restaurant.timeZone);
  if (at === null) {
    return {
      ok: false,
      response: validationProblem({ BookingDateTime: [`The value '${text}' is not valid.`] }),
    };
  }
  return { ok: true, at };
}

export function checkPartySize(people: number, restaurant: FormRestaurant): SimResponse | null {
  if (people >= restaurant.minBookingSize && people <= restaurant.maxBookingSize) return null;
  return validationProblem({
    NumberOfPeople: [
      `The field NumberOfPeople must be between ${restaurant.minBookingSize} and ${restaurant.maxBookingSize}.`,
    ],
  });
}

export function checkTablesExist(
  tables: readonly number[],
  restaurant: FormRestaurant,
): SimResponse | null {
  const unknown = tables.filter((id) => !restaurant.tables.some((t) => t.id === id));
  if (unknown.length === 0) return null;
  return validationProblem({ Tables: unknown.map((id) => `Table ${id} does not exist.`) });
}

/** Placement for a new booking: given tables (conflicts refused unless forced) or automatic. */
export function placeNewBooking(
  ctx: PlacementContext,
  input: {
    tables: readonly number[];
    force: boolean;
    people: number;
    at: number;
    duration: number;
  },
): { ok: true; tables: number[] } | { ok: false; response: SimResponse } {
  if (input.tables.length > 0) {
    const conflicts = conflictingTables(ctx, input.tables, input.at, input.duration);
    if (conflicts.length > 0 && !input.force) {
      return {
        ok: false,
        response: badRequest(`Table(s) ${conflicts.join(', ')} are not available at that time.`),
      };
    }
    return { ok: true, tables: [...input.tables] };
  }
  const table = findTable(ctx, input.people, input.at, input.duration);
  if (!table) {
    return {
      ok: false,
      response: badRequest(`No table is available for ${input.people} people at that time.`),
    };
  }
  return { ok: true, tables: [table.id] };
}

/**
 * Placement on update: omitted tables stay (conflicts become warnings), `[]` re-places,
 * explicit tables are taken with warnings for conflicts (the documented update behaviour).
 */
export function placeUpdatedBooking(
  ctx: PlacementContext,
  booking: FormBooking,
  requested: readonly number[] | null | undefined,
  next: { people: number; at: number; duration: number },
): { tables: number[]; warnings: string[] } {
  if (requested?.length === 0) {
    const table = findTable(ctx, next.people, next.at, next.duration, booking.uid);
    if (table) return { tables: [table.id], warnings: [] };
    return {
      tables: [],
      warnings: ['No table is available; the booking is not placed on a table.'],
    };
  }
  const tables = requested ? [...requested] : booking.tables;
  const conflicts = conflictingTables(ctx, tables, next.at, next.duration, booking.uid);
  return {
    tables,
    warnings: conflicts.map((id) => `Table ${id} is also used by another booking at that time.`),
  };
}

export const EDITABLE_STATUSES: ReadonlySet<FormBooking['status']> = new Set([
  'CREATED',
  'ACCEPTED',
]);
