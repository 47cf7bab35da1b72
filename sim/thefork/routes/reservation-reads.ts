import type { PlatformRoute } from '../../common/platform';
import { badRequest, reservationNotFound, restaurantNotFound } from '../errors';
import { toReservationDetail } from '../mappers';
import { guid, reservationsListQuery } from '../schemas';
import { queryObject, validate } from '../validation';
import { API_PREFIX, restaurantOf, type TheForkWorld } from '../world';

const DAY_MS = 86_400_000;

/** Inclusive date range on UTC days: [start 00:00Z, end+1 00:00Z). */
export function dayRange(startDate: string, endDate: string): { from: number; to: number } | null {
  const from = Date.parse(`${startDate}T00:00:00Z`);
  const to = Date.parse(`${endDate}T00:00:00Z`) + DAY_MS;
  return to <= from ? null : { from, to };
}

export function page<T>(items: readonly T[], limit: number, pageNumber: number): T[] {
  const start = (Math.floor(pageNumber) - 1) * Math.floor(limit);
  return items.slice(start, start + Math.floor(limit));
}

/** `GET /v1/reservations`: ids only, paged, filtered by updatedDate (default) or mealDate. */
export function listReservationsRoute(world: () => TheForkWorld): PlatformRoute {
  return {
    method: 'GET',
    pattern: `${API_PREFIX}/reservations`,
    auth: true,
    handler: async ({ req }) => {
      const w = world();
      const q = validate(reservationsListQuery, queryObject(req.query), 'value');
      if (!q.ok) return q.response;
      const {
        restaurantUuid,
        groupUuid,
        startDate,
        endDate,
        filterBy,
        limit,
        page: pageNumber,
      } = q.value;
      const range = dayRange(startDate, endDate);
      if (!range) return badRequest('"endDate" must be greater than or equal to "ref:startDate"');
      if (restaurantUuid !== undefined && !restaurantOf(w, restaurantUuid))
        return restaurantNotFound();
      const field = filterBy === 'mealDate' ? 'mealDate' : 'updatedAt';
      const matching = [...w.state.reservations.values()]
        .filter((r) =>
          restaurantUuid !== undefined
            ? r.restaurantUuid === restaurantUuid.toLowerCase()
            : w.state.groupOf(r.restaurantUuid) === groupUuid?.toLowerCase(),
        )
        .filter((r) => r[field] >= range.from && r[field] < range.to)
        .sort((a, b) => a[field] - b[field] || a.reservationUuid.localeCompare(b.reservationUuid));
      return {
        status: 200,
        body: {
          data: page(matching, limit, pageNumber).map((r) => r.reservationUuid),
          totalCount: matching.length,
          page: pageNumber,
          limit,
        },
      };
    },
  };
}

/** `GET /v1/reservations/{id}`: the full reservation, with `customerUuid` (not the customer). */
export function getReservationRoute(world: () => TheForkWorld): PlatformRoute {
  return {
    method: 'GET',
    pattern: `${API_PREFIX}/reservations/:id`,
    auth: true,
    handler: async ({ params }) => {
      const w = world();
      const id = params.id ?? '';
      if (!guid.safeParse(id).success) return badRequest('"id" must be a valid GUID');
      const r = w.state.reservations.get(id.toLowerCase());
      if (!r || !restaurantOf(w, r.restaurantUuid)) return reservationNotFound();
      const offer = restaurantOf(w, r.restaurantUuid)?.offers.find((o) => o.uuid === r.offerUuid);
      return { status: 200, body: toReservationDetail(r, offer) };
    },
  };
}
