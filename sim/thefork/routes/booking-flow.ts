import type { PlatformRoute } from '../../common/platform';
import { daysBetween } from '../../common/time-zone';
import { availabilityOf, datesBetween, slotsForDate, type SlotAvailability } from '../availability';
import { badRequest, restaurantNotFound } from '../errors';
import { toOffer, toTimeslot } from '../mappers';
import type { ForkRestaurant } from '../model';
import {
  availabilitiesQuery,
  MAX_RANGE_DAYS,
  offersQuery,
  partySizesQuery,
  timeslotsQuery,
} from '../schemas';
import { queryObject, validate } from '../validation';
import { API_PREFIX, type TheForkWorld } from '../world';
import { resolveRestaurant } from './restaurant-guard';

function checkRange(startDate: string, endDate: string): string | null {
  const days = daysBetween(startDate, endDate);
  if (days < 0) return '"endDate" must be greater than or equal to "ref:startDate"';
  if (days >= MAX_RANGE_DAYS)
    return `"endDate" must be less than ${MAX_RANGE_DAYS} days after "ref:startDate"`;
  return null;
}

function restrictToOffer(a: SlotAvailability, offerUuid: string | undefined): SlotAvailability {
  return offerUuid === undefined ? a : { ...a, offers: a.offers.filter((o) => o === offerUuid) };
}

function dayAvailability(
  world: TheForkWorld,
  restaurant: ForkRestaurant,
  date: string,
  partySize: number | undefined,
  offerUuid: string | undefined,
): SlotAvailability[] {
  const ctx = world.state.availabilityContext(restaurant);
  return slotsForDate(restaurant, date)
    .map((slot) => restrictToOffer(availabilityOf(ctx, slot, partySize), offerUuid))
    .filter((a) => a.hasNormalStock || a.offers.length > 0);
}

/** Availabilities, timeslots, party sizes and offers of the booking funnel. */
export function bookingFlowRoutes(world: () => TheForkWorld): PlatformRoute[] {
  const base = `${API_PREFIX}/restaurants/:id`;
  return [
    {
      method: 'GET',
      pattern: `${base}/availabilities`,
      auth: true,
      handler: async ({ req, params }) => {
        const w = world();
        const found = resolveRestaurant(w, params.id, restaurantNotFound);
        if (!found.ok) return found.response;
        const q = validate(availabilitiesQuery, queryObject(req.query), 'value');
        if (!q.ok) return q.response;
        const { startDate, endDate, partySize, offerUuid } = q.value;
        const rangeError = checkRange(startDate, endDate);
        if (rangeError) return badRequest(rangeError);
        const body = datesBetween(startDate, endDate).flatMap((date) => {
          const slots = dayAvailability(w, found.restaurant, date, partySize, offerUuid);
          if (slots.length === 0) return [];
          return [
            {
              date,
              offerList: [...new Set(slots.flatMap((s) => s.offers))],
              hasNormalStock: slots.some((s) => s.hasNormalStock),
            },
          ];
        });
        return { status: 200, body };
      },
    },
    {
      method: 'GET',
      pattern: `${base}/timeslots`,
      auth: true,
      handler: async ({ req, params }) => {
        const w = world();
        const found = resolveRestaurant(w, params.id, restaurantNotFound);
        if (!found.ok) return found.response;
        const q = validate(timeslotsQuery, queryObject(req.query), 'value');
        if (!q.ok) return q.response;
        const { date, partySize, offerUuid } = q.value;
        const slots = dayAvailability(w, found.restaurant, date, partySize, offerUuid);
        return { status: 200, body: slots.map((a) => toTimeslot(a, found.restaurant, partySize)) };
      },
    },
    {
      method: 'GET',
      pattern: `${base}/partySizes`,
      auth: true,
      handler: async ({ req, params }) => {
        const w = world();
        const found = resolveRestaurant(w, params.id, restaurantNotFound);
        if (!found.ok) return found.response;
        const q = validate(partySizesQuery, queryObject(req.query), 'value');
        if (!q.ok) return q.response;
        const { startDate, endDate, offerUuid } = q.value;
        const rangeError = checkRange(startDate, endDate);
        if (rangeError) return badRequest(rangeError);
        const dates = datesBetween(startDate, endDate);
        const sizes: number[] = [];
        for (let size = 1; size <= found.restaurant.maxPartySize; size++) {
          const fits = dates.some((d) =>
            dayAvailability(w, found.restaurant, d, size, offerUuid).some((a) =>
              offerUuid === undefined ? a.hasNormalStock : a.offers.length > 0,
            ),
          );
          if (fits) sizes.push(size);
        }
        return { status: 200, body: sizes };
      },
    },
    {
      method: 'GET',
      pattern: `${base}/offers`,
      auth: true,
      handler: async ({ req, params }) => {
        const found = resolveRestaurant(world(), params.id, restaurantNotFound);
        if (!found.ok) return found.response;
        const q = validate(offersQuery, queryObject(req.query), 'value');
        if (!q.ok) return q.response;
        return {
          status: 200,
          body: found.restaurant.offers.map((o) => toOffer(o, q.value.locale)),
        };
      },
    },
  ];
}
