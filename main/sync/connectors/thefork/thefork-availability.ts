import { toLocal } from '../id-lookup';
import {
  NeutralAvailability,
  type AvailabilityQuery,
  type NeutralSlot,
} from '../neutral/neutral-catalog';
import { validateNeutral } from '../neutral/validate-neutral';
import type { TheForkCapabilityDeps } from './thefork-capabilities';
import { TheForkAvailability, TheForkPartySizes, TheForkTimeslot } from './thefork-wire';

const restaurantPath = (deps: TheForkCapabilityDeps, rest: string): string =>
  `/v1/restaurants/${encodeURIComponent(deps.restaurantUuid)}/${rest}`;

/** `GET /v1/restaurants/{id}/timeslots`: bookable start times of one day for a party. */
export async function theForkTimeslots(
  deps: TheForkCapabilityDeps,
  query: AvailabilityQuery,
  offerUuid: string | undefined,
): Promise<NeutralAvailability> {
  const answer = await deps.http.json(
    {
      method: 'GET',
      path: restaurantPath(deps, 'timeslots'),
      operation: 'GET /v1/restaurants/{id}/timeslots',
      query: { date: query.date, partySize: query.partySize, offerUuid },
    },
    TheForkTimeslot.array().max(1000),
  );
  const slots: NeutralSlot[] = [];
  for (const slot of answer) {
    const offerRefs = (slot.offers ?? []).map((o) => o.toLowerCase());
    const offerIds: string[] = [];
    for (const ref of offerRefs) {
      const local = await toLocal(deps.lookup, 'offer', ref);
      if (local !== undefined) offerIds.push(local);
    }
    slots.push({
      startsAt: Date.parse(slot.datetime),
      available:
        offerUuid === undefined ? slot.hasNormalStock : offerRefs.includes(offerUuid.toLowerCase()),
      offerIds,
      offerRefs,
      ...(slot.hasPaymentGuaranteeRequirement === undefined
        ? {}
        : { guaranteeRequired: slot.hasPaymentGuaranteeRequirement }),
    });
  }
  return validateNeutral(
    NeutralAvailability,
    {
      date: query.date,
      partySize: query.partySize,
      offerFilterApplied: query.offerId === undefined || offerUuid !== undefined,
      slots,
    },
    deps.context('read availability'),
    'availability',
  );
}

/** `GET /v1/restaurants/{id}/availabilities`: dates with at least one bookable slot. */
export async function theForkBookableDates(
  deps: TheForkCapabilityDeps,
  from: string,
  to: string,
  partySize: number | undefined,
): Promise<string[]> {
  const answer = await deps.http.json(
    {
      method: 'GET',
      path: restaurantPath(deps, 'availabilities'),
      operation: 'GET /v1/restaurants/{id}/availabilities',
      query: { startDate: from, endDate: to, partySize },
    },
    TheForkAvailability.array().max(400),
  );
  return answer.filter((day) => day.hasNormalStock).map((day) => day.date);
}

/** `GET /v1/restaurants/{id}/partySizes`. */
export async function theForkPartySizes(
  deps: TheForkCapabilityDeps,
  from: string,
  to: string,
): Promise<number[]> {
  return deps.http.json(
    {
      method: 'GET',
      path: restaurantPath(deps, 'partySizes'),
      operation: 'GET /v1/restaurants/{id}/partySizes',
      query: { startDate: from, endDate: to },
    },
    TheForkPartySizes,
  );
}
