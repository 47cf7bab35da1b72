import type { PlatformRoute, PlatformRouteContext } from '../../common/platform';
import type { SimResponse } from '../../common/http-types';
import { API_PREFIX } from '../config';
import { badRequest, notFound } from '../errors';
import { toBooking } from '../mappers';
import type { FormBooking } from '../model';
import { bookingUpdateBody, posOrderBody } from '../schemas';
import { readJsonBody, validate } from '../validation';
import {
  bookingTime,
  checkPartySize,
  checkTablesExist,
  EDITABLE_STATUSES,
  placeUpdatedBooking,
} from '../booking-rules';
import { guardRestaurant, type FormitableWorld } from '../world';

type Found =
  { ok: true; w: FormitableWorld; booking: FormBooking } | { ok: false; response: SimResponse };

function findBooking(world: () => FormitableWorld, { params }: PlatformRouteContext): Found {
  const w = world();
  const denied = guardRestaurant(w, params.r);
  if (denied) return { ok: false, response: denied };
  const booking = w.state.get(params.uid ?? '');
  return booking ? { ok: true, w, booking } : { ok: false, response: notFound() };
}

const notEditable = (b: FormBooking): SimResponse =>
  badRequest(`A booking with status ${b.status} cannot be changed.`);

/** Partial update, cancel (DELETE) and the check-in / check-out toggles. */
export function bookingUpdateRoutes(world: () => FormitableWorld): PlatformRoute[] {
  const base = `${API_PREFIX}/:r/booking`;
  return [
    {
      method: 'PUT',
      pattern: `${base}/:uid`,
      auth: true,
      handler: async (ctx) => {
        const found = findBooking(world, ctx);
        if (!found.ok) return found.response;
        const { w, booking } = found;
        const raw = await readJsonBody(ctx.req, true);
        if (!raw.ok) return raw.response;
        const body = validate(bookingUpdateBody, raw.value);
        if (!body.ok) return body.response;
        if (!EDITABLE_STATUSES.has(booking.status)) return notEditable(booking);
        const input = body.value;
        const { restaurant } = w.state;
        let at = booking.bookingDateTime;
        if (input.bookingDateTime != null) {
          const time = bookingTime(input.bookingDateTime, restaurant);
          if (!time.ok) return time.response;
          at = time.at;
          if (at < w.clock.now() && at !== booking.bookingDateTime) {
            return badRequest('The booking date and time is in the past.');
          }
        }
        const people = input.numberOfPeople ?? booking.numberOfPeople;
        const invalid =
          checkPartySize(people, restaurant) ?? checkTablesExist(input.tables ?? [], restaurant);
        if (invalid) return invalid;
        const duration = input.bookingDuration ?? booking.bookingDuration;
        const placement = placeUpdatedBooking(w.state.placementContext(), booking, input.tables, {
          people,
          at,
          duration,
        });
        w.state.update(booking.uid, {
          bookingDateTime: at,
          bookingDuration: duration,
          numberOfPeople: people,
          tables: placement.tables,
          companyName: input.companyName ?? undefined,
          title: input.title ?? undefined,
          firstName: input.firstName ?? undefined,
          lastName: input.lastName ?? undefined,
          telephone: input.telephone ?? undefined,
          email: input.email ?? undefined,
          comments: input.comments ?? undefined,
          culture: input.culture?.toLowerCase() ?? undefined,
          company: input.company ?? undefined,
          color: input.color ?? undefined,
        });
        const view = toBooking(booking, restaurant);
        return {
          status: 200,
          body: placement.warnings.length > 0 ? { ...view, warnings: placement.warnings } : view,
        };
      },
    },
    {
      method: 'DELETE',
      pattern: `${base}/:uid`,
      auth: true,
      handler: async (ctx) => {
        const found = findBooking(world, ctx);
        if (!found.ok) return found.response;
        const { w, booking } = found;
        if (booking.status === 'CANCELLED') return { status: 200 };
        if (!EDITABLE_STATUSES.has(booking.status)) return notEditable(booking);
        w.state.setStatus(booking.uid, 'CANCELLED');
        return { status: 200 };
      },
    },
    {
      method: 'PUT',
      pattern: `${base}/checkin/:uid`,
      auth: true,
      handler: async (ctx) => {
        const found = findBooking(world, ctx);
        if (!found.ok) return found.response;
        const { w, booking } = found;
        if (!EDITABLE_STATUSES.has(booking.status)) return notEditable(booking);
        // A toggle: calling it again undoes the check-in (and any check-out).
        const checkedIn = booking.checkInDateTime !== null;
        w.state.update(booking.uid, {
          checkInDateTime: checkedIn ? null : w.clock.now(),
          checkOutDateTime: null,
        });
        return { status: 200, body: toBooking(booking, w.state.restaurant) };
      },
    },
    {
      method: 'PUT',
      pattern: `${base}/checkout/:uid`,
      auth: true,
      handler: async (ctx) => {
        const found = findBooking(world, ctx);
        if (!found.ok) return found.response;
        const { w, booking } = found;
        const raw = await readJsonBody(ctx.req, false);
        if (!raw.ok) return raw.response;
        const order = raw.value === undefined ? null : validate(posOrderBody, raw.value);
        if (order && !order.ok) return order.response;
        if (!EDITABLE_STATUSES.has(booking.status)) return notEditable(booking);
        if (booking.checkInDateTime === null) return badRequest('The booking is not checked in.');
        // A toggle: calling it again undoes the check-out.
        const checkedOut = booking.checkOutDateTime !== null;
        w.state.update(booking.uid, {
          checkOutDateTime: checkedOut ? null : w.clock.now(),
          posOrder: checkedOut ? null : (order?.value ?? null),
        });
        return { status: 200, body: toBooking(booking, w.state.restaurant) };
      },
    },
  ];
}
