import { ControlError, created, ok, parseControl, type ControlRoute } from '../common/control';
import { toBooking } from './mappers';
import type { FormBooking } from './model';
import { findTable } from './placement';
import {
  scenarioCreateBookingInput,
  scenarioSilentInput,
  scenarioUpdateBookingInput,
  type ScenarioBooking,
} from './scenario-schemas';
import { parseBookingDateTime, type FormitableWorld } from './world';

function view(w: FormitableWorld, b: FormBooking): ScenarioBooking {
  return {
    booking: toBooking(b, w.state.restaurant),
    checkedOut: b.checkOutDateTime !== null,
    posOrder: b.posOrder,
  };
}

function bookingOf(w: FormitableWorld, uid: string | undefined): FormBooking {
  const b = w.state.get(uid ?? '');
  if (!b) throw new ControlError(404, `No booking ${uid ?? ''} on the Formitable simulator`);
  return b;
}

function instant(w: FormitableWorld, text: string, field: string): number {
  const at = parseBookingDateTime(text, w.state.restaurant.timeZone);
  if (at === null) throw new ControlError(400, `Invalid ${field}: ${text}`);
  return at;
}

function checkTables(w: FormitableWorld, tables: readonly number[]): void {
  const unknown = tables.filter((id) => !w.state.restaurant.tables.some((t) => t.id === id));
  if (unknown.length > 0) throw new ControlError(400, `Unknown table id(s): ${unknown.join(', ')}`);
}

/** Back-office actions on Formitable while the desk watches (each sends a poll-now notification). */
export function formitableScenarioRoutes(world: () => FormitableWorld): ControlRoute[] {
  return [
    { method: 'GET', pattern: '/restaurant', handler: async () => ok(world().state.restaurant) },
    {
      method: 'GET',
      pattern: '/bookings',
      handler: async () => {
        const w = world();
        w.state.sweep();
        return ok([...w.state.bookings.values()].map((b) => view(w, b)));
      },
    },
    {
      method: 'GET',
      pattern: '/bookings/:uid',
      handler: async ({ params }) => ok(view(world(), bookingOf(world(), params.uid))),
    },
    {
      method: 'POST',
      pattern: '/bookings',
      handler: async ({ body }) => {
        const w = world();
        const { silent, tables, optionExpires, bookingDateTime, ...input } = parseControl(
          scenarioCreateBookingInput,
          body,
          'booking',
        );
        const at = instant(w, bookingDateTime, 'bookingDateTime');
        const duration = input.bookingDuration ?? w.state.restaurant.defaultDurationMinutes;
        checkTables(w, tables ?? []);
        const placed =
          tables && tables.length > 0
            ? tables
            : [findTable(w.state.placementContext(), input.numberOfPeople, at, duration)?.id ?? -1];
        const b = w.state.create(
          {
            ...input,
            bookingDateTime: at,
            bookingDuration: duration,
            tables: placed.filter((id) => id >= 0),
            optionExpires:
              optionExpires === undefined ? null : instant(w, optionExpires, 'optionExpires'),
            companyName: input.companyName ?? null,
            title: input.title ?? null,
            firstName: input.firstName ?? null,
            lastName: input.lastName ?? null,
            telephone: input.telephone ?? null,
            email: input.email ?? null,
            comments: input.comments ?? null,
            color: input.color ?? null,
            externalReferenceId: input.externalReferenceId ?? null,
          },
          silent,
        );
        return created(view(w, b));
      },
    },
    {
      method: 'PATCH',
      pattern: '/bookings/:uid',
      handler: async ({ params, body }) => {
        const w = world();
        const b = bookingOf(w, params.uid);
        const { silent, bookingDateTime, tables, ...patch } = parseControl(
          scenarioUpdateBookingInput,
          body,
          'booking change',
        );
        checkTables(w, tables ?? []);
        w.state.update(
          b.uid,
          {
            ...patch,
            ...(bookingDateTime === undefined
              ? {}
              : { bookingDateTime: instant(w, bookingDateTime, 'bookingDateTime') }),
            ...(tables === undefined ? {} : { tables }),
          },
          silent,
        );
        return ok(view(w, b));
      },
    },
    {
      method: 'POST',
      pattern: '/bookings/:uid/cancel',
      handler: async ({ params, body }) => {
        const w = world();
        const b = bookingOf(w, params.uid);
        w.state.setStatus(
          b.uid,
          'CANCELLED',
          parseControl(scenarioSilentInput, body, 'cancellation').silent,
        );
        return ok(view(w, b));
      },
    },
    {
      method: 'POST',
      pattern: '/bookings/:uid/checkin',
      handler: async ({ params, body }) => {
        const w = world();
        const b = bookingOf(w, params.uid);
        const { silent } = parseControl(scenarioSilentInput, body, 'check-in');
        w.state.update(
          b.uid,
          {
            checkInDateTime: b.checkInDateTime === null ? w.clock.now() : null,
            checkOutDateTime: null,
          },
          silent,
        );
        return ok(view(w, b));
      },
    },
    {
      method: 'POST',
      pattern: '/bookings/:uid/checkout',
      handler: async ({ params, body }) => {
        const w = world();
        const b = bookingOf(w, params.uid);
        const { silent } = parseControl(scenarioSilentInput, body, 'check-out');
        if (b.checkInDateTime === null)
          throw new ControlError(409, 'The booking is not checked in');
        w.state.update(
          b.uid,
          { checkOutDateTime: b.checkOutDateTime === null ? w.clock.now() : null },
          silent,
        );
        return ok(view(w, b));
      },
    },
  ];
}
