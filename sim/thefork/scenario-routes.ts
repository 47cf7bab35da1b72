import { ControlError, created, ok, parseControl, type ControlRoute } from '../common/control';
import { canBook } from './availability';
import { toReservationDetail, toReservationWithCustomer } from './mappers';
import type { ForkReservation } from './model';
import {
  scenarioCreateReservationInput,
  scenarioSilentInput,
  scenarioUpdateCustomerInput,
  scenarioUpdateReservationInput,
  type ScenarioReservation,
} from './scenario-schemas';
import { toCustomerDetail } from './mappers';
import { restaurantOf, type TheForkWorld } from './world';

function view(world: TheForkWorld, r: ForkReservation): ScenarioReservation {
  const restaurant = restaurantOf(world, r.restaurantUuid);
  const offer = restaurant?.offers.find((o) => o.uuid === r.offerUuid);
  const customer = r.customerUuid === null ? undefined : world.state.customers.get(r.customerUuid);
  return {
    reservation: toReservationDetail(r, offer),
    customer: toReservationWithCustomer(r, customer).customer,
  };
}

function reservationOf(world: TheForkWorld, id: string | undefined): ForkReservation {
  const r = world.state.reservations.get((id ?? '').toLowerCase());
  if (!r) throw new ControlError(404, `No reservation ${id ?? ''} on the TheFork simulator`);
  return r;
}

/** Platform-side actions: what guests and staff do on TheFork while the desk watches. */
export function theForkScenarioRoutes(world: () => TheForkWorld): ControlRoute[] {
  return [
    {
      method: 'GET',
      pattern: '/restaurant',
      handler: async () => ok([...world().state.restaurants.values()]),
    },
    {
      method: 'GET',
      pattern: '/reservations',
      handler: async () => {
        const w = world();
        return ok([...w.state.reservations.values()].map((r) => view(w, r)));
      },
    },
    {
      method: 'GET',
      pattern: '/reservations/:id',
      handler: async ({ params }) => ok(view(world(), reservationOf(world(), params.id))),
    },
    {
      method: 'POST',
      pattern: '/reservations',
      handler: async ({ body }) => {
        const w = world();
        const input = parseControl(scenarioCreateReservationInput, body, 'reservation');
        const restaurant = restaurantOf(w, input.restaurantUuid ?? w.credentials.restaurantUuid);
        if (!restaurant) throw new ControlError(404, `No restaurant ${input.restaurantUuid ?? ''}`);
        const offerUuid = input.offerUuid?.toLowerCase() ?? null;
        if (offerUuid !== null && !restaurant.offers.some((o) => o.uuid === offerUuid)) {
          throw new ControlError(400, `Offer ${offerUuid} does not belong to the restaurant`);
        }
        const mealDate = Date.parse(input.mealDate);
        if (
          input.enforceAvailability &&
          !canBook(w.state.availabilityContext(restaurant), mealDate, input.partySize, offerUuid)
        ) {
          throw new ControlError(409, 'No availability for that party at that time');
        }
        const customer = input.customer
          ? w.state.upsertCustomer(restaurant, input.customer)
          : undefined;
        const r = w.state.createReservation(
          {
            restaurantUuid: restaurant.restaurantUuid,
            mealDate,
            partySize: input.partySize,
            status: input.status,
            mealStatus: input.mealStatus ?? null,
            offerUuid,
            customerNote: input.customerNote ?? null,
            restaurantNote: input.restaurantNote ?? null,
            customerUuid: customer?.customerUuid ?? null,
            reservationChannel: input.reservationChannel,
          },
          input.silent,
        );
        return created(view(w, r));
      },
    },
    {
      method: 'PATCH',
      pattern: '/reservations/:id',
      handler: async ({ params, body }) => {
        const w = world();
        const r = reservationOf(w, params.id);
        const { silent, mealDate, ...rest } = parseControl(
          scenarioUpdateReservationInput,
          body,
          'reservation change',
        );
        w.state.updateReservation(
          r.reservationUuid,
          { ...rest, ...(mealDate === undefined ? {} : { mealDate: Date.parse(mealDate) }) },
          silent,
        );
        return ok(view(w, r));
      },
    },
    {
      method: 'POST',
      pattern: '/reservations/:id/cancel',
      handler: async ({ params, body }) => {
        const w = world();
        const r = reservationOf(w, params.id);
        const { silent } = parseControl(scenarioSilentInput, body, 'cancellation');
        w.state.updateReservation(r.reservationUuid, { status: 'CANCELED' }, silent);
        return ok(view(w, r));
      },
    },
    {
      method: 'GET',
      pattern: '/customers',
      handler: async () =>
        ok([...world().state.customers.values()].map((c) => toCustomerDetail(c, null))),
    },
    {
      method: 'PATCH',
      pattern: '/customers/:id',
      handler: async ({ params, body }) => {
        const w = world();
        const { silent, ...patch } = parseControl(
          scenarioUpdateCustomerInput,
          body,
          'customer change',
        );
        const customer = w.state.updateCustomer((params.id ?? '').toLowerCase(), patch, silent);
        if (!customer)
          throw new ControlError(404, `No customer ${params.id ?? ''} on the TheFork simulator`);
        return ok(toCustomerDetail(customer, null));
      },
    },
  ];
}
