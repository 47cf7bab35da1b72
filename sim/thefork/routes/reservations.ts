import type { SimResponse } from '../../common/http-types';
import type { PlatformRoute } from '../../common/platform';
import { canBook } from '../availability';
import { apiError, badRequest, doubleBooking, reservationNotFound } from '../errors';
import { toCancelResult, toReservationWithCustomer } from '../mappers';
import { ACTIVE_STATUSES, type ForkReservation } from '../model';
import { createReservationBody, guid, updateReservationBody } from '../schemas';
import { readJsonBody, validate } from '../validation';
import { API_PREFIX, restaurantOf, type TheForkWorld } from '../world';
import { resolveRestaurant } from './restaurant-guard';
import { getReservationRoute, listReservationsRoute } from './reservation-reads';

/** A guest holding another active booking this close to the new one is a double booking. */
const DOUBLE_BOOKING_WINDOW_MS = 2 * 3_600_000;

function findReservation(
  world: TheForkWorld,
  id: string | undefined,
): { ok: true; reservation: ForkReservation } | { ok: false; response: SimResponse } {
  if (id === undefined || !guid.safeParse(id).success) {
    return { ok: false, response: badRequest('"id" must be a valid GUID') };
  }
  const reservation = world.state.reservations.get(id.toLowerCase());
  if (!reservation || !restaurantOf(world, reservation.restaurantUuid)) {
    return { ok: false, response: reservationNotFound() };
  }
  return { ok: true, reservation };
}

function withCustomer(world: TheForkWorld, r: ForkReservation): SimResponse {
  const customer = r.customerUuid === null ? undefined : world.state.customers.get(r.customerUuid);
  return { status: 200, body: toReservationWithCustomer(r, customer) };
}

function hasNearbyBooking(
  world: TheForkWorld,
  restaurantUuid: string,
  email: string,
  mealDate: number,
): boolean {
  const lower = email.toLowerCase();
  return [...world.state.reservations.values()].some((r) => {
    if (
      r.restaurantUuid !== restaurantUuid ||
      !ACTIVE_STATUSES.has(r.status) ||
      r.customerUuid === null
    )
      return false;
    if (Math.abs(r.mealDate - mealDate) >= DOUBLE_BOOKING_WINDOW_MS) return false;
    return world.state.customers.get(r.customerUuid)?.email.toLowerCase() === lower;
  });
}

export function reservationRoutes(world: () => TheForkWorld): PlatformRoute[] {
  return [
    listReservationsRoute(world),
    getReservationRoute(world),
    {
      method: 'POST',
      pattern: `${API_PREFIX}/restaurants/:id/reservations`,
      auth: true,
      handler: async ({ req, params }) => {
        const w = world();
        // The create operation's 404 carries this literal code in the published spec.
        const found = resolveRestaurant(w, params.id, () => apiError(404, 'Restaurant not found'));
        if (!found.ok) return found.response;
        const raw = await readJsonBody(req, true);
        if (!raw.ok) return raw.response;
        const body = validate(createReservationBody, raw.value, 'value');
        if (!body.ok) return body.response;
        const input = body.value;
        const { restaurant } = found;
        const offerUuid = input.offerUuid?.toLowerCase() ?? null;
        if (offerUuid !== null && !restaurant.offers.some((o) => o.uuid === offerUuid)) {
          return badRequest('"offerUuid" is not an offer of this restaurant');
        }
        const mealDate = Date.parse(input.mealDate);
        if (hasNearbyBooking(w, restaurant.restaurantUuid, input.customer.email, mealDate))
          return doubleBooking();
        if (
          !canBook(w.state.availabilityContext(restaurant), mealDate, input.partySize, offerUuid)
        ) {
          return doubleBooking();
        }
        const customer = w.state.upsertCustomer(restaurant, {
          ...input.customer,
          restaurantNewsletter: input.customer.optins?.restaurantNewsletter,
        });
        const reservation = w.state.createReservation({
          restaurantUuid: restaurant.restaurantUuid,
          mealDate,
          partySize: input.partySize,
          status: input.partySize > restaurant.requestAbovePartySize ? 'REQUESTED' : 'RECORDED',
          offerUuid,
          customerNote: input.customerNote ?? null,
          restaurantNote: input.restaurantNote ?? null,
          customerUuid: customer.customerUuid,
          reservationChannel: 'TheFork Manager API',
        });
        return withCustomer(w, reservation);
      },
    },
    {
      method: 'PATCH',
      pattern: `${API_PREFIX}/reservations/:id`,
      auth: true,
      handler: async ({ req, params }) => {
        const w = world();
        const found = findReservation(w, params.id);
        if (!found.ok) return found.response;
        const raw = await readJsonBody(req, true);
        if (!raw.ok) return raw.response;
        const body = validate(updateReservationBody, raw.value, 'value');
        if (!body.ok) return body.response;
        const r = found.reservation;
        if (!ACTIVE_STATUSES.has(r.status)) {
          return badRequest(`A reservation in status ${r.status} cannot be modified`);
        }
        const mealDate =
          body.value.mealDate === null ? r.mealDate : Date.parse(body.value.mealDate);
        const { partySize } = body.value;
        if (mealDate === r.mealDate && partySize === r.partySize) return withCustomer(w, r);
        const restaurant = restaurantOf(w, r.restaurantUuid);
        if (!restaurant) return reservationNotFound();
        if (
          !canBook(
            w.state.availabilityContext(restaurant),
            mealDate,
            partySize,
            r.offerUuid,
            r.reservationUuid,
          )
        ) {
          return doubleBooking();
        }
        w.state.updateReservation(r.reservationUuid, { mealDate, partySize });
        return withCustomer(w, r);
      },
    },
    {
      method: 'PATCH',
      pattern: `${API_PREFIX}/reservations/:id/cancel`,
      auth: true,
      handler: async ({ params }) => {
        const w = world();
        const found = findReservation(w, params.id);
        if (!found.ok) return found.response;
        const r = found.reservation;
        if (r.status === 'CANCELED') return apiError(409, 'DOUBLE_CANCELLATION');
        const now = w.clock.now();
        if (!ACTIVE_STATUSES.has(r.status) || r.mealStatus !== null || r.mealDate <= now) {
          return apiError(400, 'CANCELLATION_ERROR');
        }
        w.state.updateReservation(r.reservationUuid, { status: 'CANCELED' });
        return { status: 200, body: toCancelResult(r) };
      },
    },
  ];
}
