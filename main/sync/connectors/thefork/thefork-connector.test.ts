import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError, SlotUnavailableError, ValidationError } from '../../http/platform-errors';
import { capabilityNames } from '../platform-connector';
import type { NeutralReservationDraft } from '../neutral/neutral-reservation';
import { localDay, localInstant } from '../testing/local-times';
import { startForkSetup, type ForkSetup } from '../testing/sim-connectors';

const PARIS = 'Europe/Paris';

function draft(overrides: Partial<NeutralReservationDraft> = {}): NeutralReservationDraft {
  return {
    localId: `res-${Math.random().toString(36).slice(2, 10)}`,
    status: 'confirmed',
    startsAt: localInstant(3, '19:30', PARIS),
    partySize: 2,
    guest: {
      name: 'Amélie Poulain',
      email: `amelie.${Math.random().toString(36).slice(2, 8)}@example.com`,
      phone: '+33 6 12 34 56 78',
      locale: 'fr-FR',
    },
    notes: 'Window table please',
    guestNote: 'Birthday',
    tableIds: [],
    ...overrides,
  };
}

describe('TheFork connector against the simulator', () => {
  let setup: ForkSetup;
  beforeAll(async () => {
    setup = await startForkSetup();
  });
  afterAll(async () => {
    await setup.close();
  });
  beforeEach(async () => {
    await setup.scenario.clearRequests();
  });

  it('authenticates with one token and proves the restaurant id', async () => {
    const connector = setup.build();
    const check = await connector.authenticate();
    expect(check.summary).toContain(setup.sim.credentials.restaurantUuid);
    expect(connector.tokens.tokenRequests()).toBe(1);
    await connector.authenticate();
    expect(connector.tokens.tokenRequests()).toBe(1);
  });

  it('declares what TheFork has and nothing it lacks', () => {
    const names = capabilityNames(setup.connector.capabilities);
    expect(names).toEqual(['availabilityCalendar', 'customers', 'offers']);
    expect(setup.connector.capabilities.statusChanges).toBeUndefined();
    expect(setup.connector.capabilities.tables).toBeUndefined();
  });

  it('creates a reservation and maps the answer field by field', async () => {
    const input = draft({ partySize: 3 });
    const { reservation, warnings, ignoredFields } = await setup.connector.createReservation(input);
    expect(warnings).toEqual([]);
    expect(ignoredFields).toEqual([]);
    expect(reservation.platform).toBe('thefork');
    expect(reservation.status).toBe('confirmed');
    expect(reservation.platformStatus).toBe('RECORDED');
    expect(reservation.startsAt).toBe(input.startsAt);
    expect(reservation.partySize).toBe(3);
    expect(reservation.guest).toEqual({
      name: 'Amélie Poulain',
      firstName: 'Amélie',
      lastName: 'Poulain',
      email: input.guest.email,
      phone: '+33612345678',
      locale: 'fr-FR',
    });
    expect(reservation.notes).toBe('Window table please');
    expect(reservation.guestNote).toBe('Birthday');
    expect(reservation.source).toBe('thefork');
    expect(reservation.refs.customer).toMatch(/^[0-9a-f-]{36}$/);
    expect(reservation.customerId).toBeUndefined();
    const onSim = await setup.scenario.reservation(reservation.externalId);
    expect(onSim.reservation.partySize).toBe(3);
    expect(onSim.customer?.phone).toBe('+33612345678');
    expect(onSim.customer?.civility).toBe('mx');
    expect(onSim.customer?.locale).toBe('fr_FR');
  });

  it('reads a large party as a request (REQUESTED)', async () => {
    const { reservation } = await setup.connector.createReservation(draft({ partySize: 10 }));
    expect(reservation.status).toBe('requested');
  });

  it('refuses a create without email before calling TheFork', async () => {
    const input = draft();
    const noEmail = { ...input, guest: { name: 'No Mail' } };
    await expect(setup.connector.createReservation(noEmail)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect((await setup.scenario.requests()).filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('turns DOUBLE_BOOKING into SlotUnavailableError with a sentence to act on', async () => {
    const closed = draft({ startsAt: localInstant(3, '16:00', PARIS) });
    const error = await setup.connector.createReservation(closed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlotUnavailableError);
    expect((error as Error).message).toMatch(/DOUBLE_BOOKING.*Pick another time/);
  });

  it('fetches a reservation with its guest, and skips the guest call when the guest is mapped', async () => {
    const created = await setup.scenario.createReservation({
      mealDate: new Date(localInstant(4, '20:00', PARIS)).toISOString(),
      partySize: 4,
      customer: { email: 'jo@example.com', firstName: 'Jo', lastName: 'Martin' },
      customerNote: 'Allergic to nuts',
      restaurantNote: 'Regular',
      silent: true,
    });
    const id = created.reservation.reservationUuid;
    const fetched = await setup.connector.fetchReservation(id);
    expect(fetched.externalId).toBe(id);
    expect(fetched.guest.name).toBe('Jo Martin');
    expect(fetched.guestNote).toBe('Allergic to nuts');
    expect(fetched.notes).toBe('Regular');
    expect(fetched.channel).toBe('TheFork');
    expect(fetched.platformUpdatedAt).toBeGreaterThan(0);
    expect(fetched.platformCreatedAt).toBeGreaterThan(0);
    expect(fetched.raw.reservationUuid).toBe(id);

    const customerUuid = created.customer?.customerUuid ?? '';
    setup.lookup.add('customer', customerUuid, 'cust-local-1');
    await setup.scenario.clearRequests();
    const again = await setup.connector.fetchReservation(id);
    expect(again.customerId).toBe('cust-local-1');
    expect(again.guest).toEqual({});
    const paths = (await setup.scenario.requests()).map((r) => r.path);
    expect(paths.some((p) => p.includes('/customers/'))).toBe(false);
  });

  it('updates date and party, reporting the fields TheFork cannot take', async () => {
    const { reservation } = await setup.connector.createReservation(draft());
    const notesOnly = await setup.connector.updateReservation(reservation.externalId, {
      notes: 'changed',
    });
    expect(notesOnly.ignoredFields).toEqual(['notes']);
    expect((await setup.scenario.requests()).some((r) => r.method === 'PATCH')).toBe(false);

    const later = localInstant(3, '20:30', PARIS);
    const moved = await setup.connector.updateReservation(reservation.externalId, {
      startsAt: later,
    });
    expect(moved.reservation.startsAt).toBe(later);
    expect(moved.reservation.partySize).toBe(2);
    const bigger = await setup.connector.updateReservation(reservation.externalId, {
      partySize: 5,
      tableIds: ['t1'],
    });
    expect(bigger.reservation.partySize).toBe(5);
    expect(bigger.reservation.startsAt).toBe(later);
    expect(bigger.ignoredFields).toEqual(['tableIds']);
  });

  it('cancels, and a second cancel reports alreadyCancelled', async () => {
    const { reservation } = await setup.connector.createReservation(draft());
    const first = await setup.connector.cancelReservation(reservation.externalId);
    expect(first.alreadyCancelled).toBe(false);
    expect(first.reservation.status).toBe('cancelled');
    const second = await setup.connector.cancelReservation(reservation.externalId);
    expect(second.alreadyCancelled).toBe(true);
    expect(second.reservation.status).toBe('cancelled');
  });

  it('maps statuses and meal statuses set on TheFork', async () => {
    const cases = [
      { status: 'RECORDED', mealStatus: 'SEATED', expected: 'seated' },
      { status: 'RECORDED', mealStatus: 'LEFT', expected: 'completed' },
      { status: 'NO_SHOW', mealStatus: null, expected: 'no_show' },
      { status: 'REJECTED', mealStatus: null, expected: 'cancelled' },
      { status: 'CONFIRMED', mealStatus: 'BILL', expected: 'seated' },
    ] as const;
    for (const c of cases) {
      const made = await setup.scenario.createReservation({
        mealDate: new Date(localInstant(5, '12:30', PARIS)).toISOString(),
        partySize: 2,
        status: c.status,
        mealStatus: c.mealStatus,
        silent: true,
      });
      const fetched = await setup.connector.fetchReservation(made.reservation.reservationUuid);
      expect(fetched.status).toBe(c.expected);
      expect(fetched.guest).toEqual({});
    }
  });

  it('answers NotFoundError for an unknown id and ValidationError for a malformed one', async () => {
    await expect(
      setup.connector.fetchReservation('00000000-0000-4000-8000-000000000000'),
    ).rejects.toBeInstanceOf(NotFoundError);
    await setup.scenario.clearRequests();
    await expect(setup.connector.fetchReservation("1' OR '1'='1")).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await setup.scenario.requests()).toEqual([]);
  });

  it('reads availability, offers, party sizes and bookable dates', async () => {
    const offers = await setup.connector.capabilities.offers?.listOffers('en-GB');
    expect(offers?.map((o) => o.name).sort()).toEqual([
      '30% off the à la carte menu',
      'Tasting menu',
    ]);
    const tasting = offers?.find((o) => o.name === 'Tasting menu');
    expect(tasting?.price).toBe(85);
    setup.lookup.add('offer', tasting?.externalId ?? '', 'offer-tasting');

    const date = localDay(6, PARIS);
    const day = await setup.connector.readAvailability({ date, partySize: 2 });
    expect(day.slots.length).toBeGreaterThan(5);
    expect(day.slots.every((s) => s.available)).toBe(true);
    const dinner = day.slots.find((s) => s.startsAt === localInstant(6, '19:00', PARIS));
    expect(dinner?.offerIds).toEqual(['offer-tasting']);

    const withOffer = await setup.connector.readAvailability({
      date,
      partySize: 2,
      offerId: 'offer-tasting',
    });
    expect(withOffer.offerFilterApplied).toBe(true);
    expect(withOffer.slots.filter((s) => s.available).length).toBeGreaterThan(0);
    const unmapped = await setup.connector.readAvailability({
      date,
      partySize: 2,
      offerId: 'offer-unknown',
    });
    expect(unmapped.offerFilterApplied).toBe(false);

    const calendar = setup.connector.capabilities.availabilityCalendar;
    expect(await calendar?.bookableDates(date, localDay(8, PARIS))).toHaveLength(3);
    expect(await calendar?.partySizes(date, date)).toContain(12);
  });

  it('fetches a customer as a neutral customer', async () => {
    const made = await setup.scenario.createReservation({
      mealDate: new Date(localInstant(5, '13:00', PARIS)).toISOString(),
      partySize: 2,
      customer: { email: 'vip@example.com', firstName: 'Ada', lastName: 'Byron' },
      silent: true,
    });
    const uuid = made.customer?.customerUuid ?? '';
    await setup.scenario.updateCustomer(uuid, {
      isVip: true,
      allergiesAndIntolerances: ['gluten'],
      notes: 'Likes the terrace',
      silent: true,
    });
    const customer = await setup.connector.capabilities.customers?.fetchCustomer(uuid);
    expect(customer).toMatchObject({
      externalId: uuid,
      name: 'Ada Byron',
      email: 'vip@example.com',
      vip: true,
      allergies: ['gluten'],
      notes: 'Likes the terrace',
    });
  });
});
