import type { PlatformRoute } from '../../common/platform';
import { addDays, localDate, parseDate } from '../../common/time-zone';
import { API_PREFIX } from '../config';
import { notFound, validationProblem } from '../errors';
import { toBooking } from '../mappers';
import { guardRestaurant, type FormitableWorld } from '../world';

const MAX_WINDOW_DAYS = 31;

/** Reads: the booking window used for polling, one booking, lookup by external reference. */
export function bookingReadRoutes(world: () => FormitableWorld): PlatformRoute[] {
  return [
    {
      method: 'GET',
      pattern: `${API_PREFIX}/:r/booking/:from/:days`,
      auth: true,
      handler: async ({ params }) => {
        const w = world();
        const denied = guardRestaurant(w, params.r);
        if (denied) return denied;
        const from = params.from ?? '';
        const daysText = params.days ?? '';
        const { restaurant } = w.state;
        const errors: Record<string, string[]> = {};
        const today = localDate(w.clock.now(), restaurant.timeZone);
        if (!parseDate(from)) errors.from = [`The value '${from}' is not valid.`];
        else if (from < today) errors.from = [`The start day must be today (${today}) or later.`];
        const days = /^\d{1,4}$/.test(daysText) ? Number(daysText) : NaN;
        if (!(days >= 1 && days <= MAX_WINDOW_DAYS)) {
          errors.days = [`The field days must be between 1 and ${MAX_WINDOW_DAYS}.`];
        }
        if (Object.keys(errors).length > 0) return validationProblem(errors);
        const end = addDays(from, days);
        w.state.sweep();
        const bookings = [...w.state.bookings.values()]
          .filter((b) => {
            const day = localDate(b.bookingDateTime, restaurant.timeZone);
            return day >= from && day < end;
          })
          .sort((a, b) => a.bookingDateTime - b.bookingDateTime || a.uid.localeCompare(b.uid));
        return { status: 200, body: bookings.map((b) => toBooking(b, restaurant)) };
      },
    },
    {
      method: 'GET',
      pattern: `${API_PREFIX}/:r/booking/:uid`,
      auth: true,
      handler: async ({ params }) => {
        const w = world();
        const denied = guardRestaurant(w, params.r);
        if (denied) return denied;
        const booking = w.state.get(params.uid ?? '');
        return booking ? { status: 200, body: toBooking(booking, w.state.restaurant) } : notFound();
      },
    },
    {
      method: 'GET',
      pattern: `${API_PREFIX}/:r/booking/external/:source/:ext`,
      auth: true,
      handler: async ({ params }) => {
        const w = world();
        const denied = guardRestaurant(w, params.r);
        if (denied) return denied;
        const source = (params.source ?? '').toLowerCase();
        w.state.sweep();
        const match = [...w.state.bookings.values()]
          .filter((b) => b.source?.toLowerCase() === source && b.externalReferenceId === params.ext)
          .sort((a, b) => b.created - a.created)[0];
        return match ? { status: 200, body: toBooking(match, w.state.restaurant) } : notFound();
      },
    },
  ];
}
