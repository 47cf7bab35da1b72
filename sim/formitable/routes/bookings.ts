import type { PlatformRoute } from '../../common/platform';
import { API_PREFIX } from '../config';
import { badRequest } from '../errors';
import { toBooking } from '../mappers';
import { bookingCreateBody } from '../schemas';
import { readJsonBody, validate } from '../validation';
import { bookingTime, checkPartySize, checkTablesExist, placeNewBooking } from '../booking-rules';
import { guardRestaurant, type FormitableWorld } from '../world';
import { bookingReadRoutes } from './booking-reads';
import { bookingUpdateRoutes } from './booking-updates';

/** `POST /{r}/booking` plus the read and change routes of bookings. */
export function bookingRoutes(world: () => FormitableWorld): PlatformRoute[] {
  return [
    ...bookingReadRoutes(world),
    ...bookingUpdateRoutes(world),
    {
      method: 'POST',
      pattern: `${API_PREFIX}/:r/booking`,
      auth: true,
      handler: async ({ req, params }) => {
        const w = world();
        const denied = guardRestaurant(w, params.r);
        if (denied) return denied;
        const raw = await readJsonBody(req, true);
        if (!raw.ok) return raw.response;
        const body = validate(bookingCreateBody, raw.value);
        if (!body.ok) return body.response;
        const input = body.value;
        const { restaurant } = w.state;
        const time = bookingTime(input.bookingDateTime, restaurant);
        if (!time.ok) return time.response;
        const sizeError =
          checkPartySize(input.numberOfPeople, restaurant) ??
          checkTablesExist(input.tables ?? [], restaurant);
        if (sizeError) return sizeError;
        const now = w.clock.now();
        const walkIn = input.walkIn ?? false;
        if (!walkIn && time.at < now)
          return badRequest('The booking date and time is in the past.');
        const duration = input.bookingDuration ?? restaurant.defaultDurationMinutes;
        const placed = placeNewBooking(w.state.placementContext(), {
          tables: input.tables ?? [],
          force: input.forceTablePlacement ?? false,
          people: input.numberOfPeople,
          at: time.at,
          duration,
        });
        if (!placed.ok) return placed.response;
        const booking = w.state.create({
          bookingDateTime: time.at,
          bookingDuration: duration,
          numberOfPeople: input.numberOfPeople,
          status: 'ACCEPTED',
          tables: placed.tables,
          checkInDateTime: walkIn ? now : null,
          walkIn,
          companyName: input.companyName ?? null,
          title: input.title ?? null,
          firstName: input.firstName ?? null,
          lastName: input.lastName ?? null,
          telephone: input.telephone ?? null,
          email: input.email ?? null,
          comments: input.comments ?? null,
          culture: input.culture?.toLowerCase() ?? 'en',
          company: input.company ?? false,
          color: input.color ?? null,
          posId: input.posId ?? null,
          productUid: input.productUid ?? null,
          source: w.apiSource,
          externalReferenceId: input.externalReferenceId ?? null,
        });
        return { status: 200, body: toBooking(booking, restaurant) };
      },
    },
  ];
}
