import { describe, expect, it } from 'vitest';
import { ReservationStatus } from '../../../../shared/domain/reservation';
import { UnexpectedResponseError, ValidationError } from '../../http/platform-errors';
import { createMemoryIdLookup } from '../id-lookup';
import type { NeutralReservationDraft } from '../neutral/neutral-reservation';
import {
  theForkCreateBody,
  theForkIgnoredChanges,
  theForkLocale,
  theForkToNeutral,
  theForkUpdateBody,
} from './thefork-mappers';
import { deskToTheForkStatus, theForkToDeskStatus } from './thefork-status';
import {
  THEFORK_MEAL_STATUSES,
  THEFORK_STATUSES,
  TheForkReservation,
  TheForkReservationWithCustomer,
} from './thefork-wire';

const errorContext = { platform: 'thefork', platformName: 'TheFork' };
const RES = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const REST = '11111111-2222-4333-8444-555555555555';
const OFFER = '99999999-8888-4777-8666-555555555555';
const CUST = '12345678-1234-4123-8123-123456789abc';

const wire = TheForkReservation.parse({
  reservationUuid: RES.toUpperCase(),
  restaurantUuid: REST,
  mealDate: '2030-06-01T18:30:00.000Z',
  mealStatus: 'ARRIVED',
  partySize: 4,
  status: 'RECORDED',
  offerUuid: OFFER,
  customerNote: 'Vegetarian',
  restaurantNote: 'VIP',
  customerUuid: CUST,
  reservationChannel: 'Google',
  createdAt: '2030-05-01T10:00:00.000Z',
  updatedAt: '2030-05-02T11:00:00+02:00',
});

describe('TheFork statuses', () => {
  it('maps every status and meal status', () => {
    const table: Record<string, string> = {};
    for (const s of THEFORK_STATUSES) {
      table[s] = theForkToDeskStatus(s, null);
      for (const m of THEFORK_MEAL_STATUSES) table[`${s}/${m}`] = theForkToDeskStatus(s, m);
    }
    expect(table).toMatchObject({
      RECORDED: 'confirmed',
      CONFIRMED: 'confirmed',
      REQUESTED: 'requested',
      CANCELED: 'cancelled',
      REFUSED: 'cancelled',
      REJECTED: 'cancelled',
      NO_SHOW: 'no_show',
      'RECORDED/PARTIALLY_ARRIVED': 'arrived',
      'RECORDED/ARRIVED': 'arrived',
      'RECORDED/SEATED': 'seated',
      'RECORDED/BILL': 'seated',
      'RECORDED/LEFT': 'completed',
      'CONFIRMED/LEFT': 'completed',
      'CANCELED/SEATED': 'cancelled',
      'NO_SHOW/ARRIVED': 'no_show',
      'REFUSED/LEFT': 'cancelled',
    });
  });

  it('round-trips every desk status', () => {
    for (const status of ReservationStatus.options) {
      const back = deskToTheForkStatus(status);
      expect(theForkToDeskStatus(back.status, back.mealStatus)).toBe(status);
    }
  });
});

describe('TheFork reservation -> neutral', () => {
  it('maps every field, with mappings where they exist', async () => {
    const lookup = createMemoryIdLookup([
      { entityType: 'offer', externalId: OFFER, localId: 'offer-1' },
    ]);
    const n = await theForkToNeutral(
      wire,
      { reservationUuid: RES, anything: [1, 2] },
      {
        customerUuid: CUST,
        firstName: '  Zoé ',
        lastName: 'Durand',
        email: 'ZOE@Example.COM',
        phone: '+33 6 00 00 00 00',
        locale: 'fr_FR',
      },
      { lookup, errorContext },
    );
    expect(n).toEqual({
      platform: 'thefork',
      externalId: RES,
      status: 'arrived',
      platformStatus: 'RECORDED/ARRIVED',
      startsAt: Date.parse('2030-06-01T18:30:00.000Z'),
      partySize: 4,
      guest: {
        name: 'Zoé Durand',
        firstName: 'Zoé',
        lastName: 'Durand',
        email: 'zoe@example.com',
        phone: '+33 6 00 00 00 00',
        locale: 'fr-FR',
      },
      notes: 'VIP',
      guestNote: 'Vegetarian',
      source: 'thefork',
      channel: 'Google',
      refs: { offer: OFFER, customer: CUST, tables: [] },
      offerId: 'offer-1',
      tableIds: [],
      platformCreatedAt: Date.parse('2030-05-01T10:00:00.000Z'),
      platformUpdatedAt: Date.parse('2030-05-02T09:00:00.000Z'),
      dropped: [],
      raw: { reservationUuid: RES, anything: [1, 2] },
    });
  });

  it('leaves unmapped ids out and keeps the raw refs', async () => {
    const n = await theForkToNeutral(wire, {}, undefined, {
      lookup: createMemoryIdLookup(),
      errorContext,
    });
    expect(n.offerId).toBeUndefined();
    expect(n.customerId).toBeUndefined();
    expect(n.refs).toEqual({ offer: OFFER, customer: CUST, tables: [] });
    expect(n.guest).toEqual({});
  });

  it('reads the embedded customer of a create answer', async () => {
    const created = TheForkReservationWithCustomer.parse({
      ...wire,
      mealStatus: null,
      customer: { customerUuid: CUST, firstName: 'A', lastName: 'B', email: 'a@b.co' },
    });
    const n = await theForkToNeutral(created, {}, created.customer ?? undefined, {
      lookup: createMemoryIdLookup([{ entityType: 'customer', externalId: CUST, localId: 'c-1' }]),
      errorContext,
    });
    expect(n.customerId).toBe('c-1');
    expect(n.guest.name).toBe('A B');
    expect(n.status).toBe('confirmed');
    expect(n.platformUpdatedAt).toBeUndefined();
  });

  it('refuses impossible dates that Date.parse would roll over', () => {
    expect(
      TheForkReservation.safeParse({ ...wire, mealDate: '2030-02-30T18:00:00Z' }).success,
    ).toBe(false);
  });

  it('refuses a record whose raw form is not plain JSON', async () => {
    await expect(
      theForkToNeutral(wire, { big: 'x'.repeat(300_000) }, undefined, {
        lookup: createMemoryIdLookup(),
        errorContext,
      }),
    ).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});

describe('neutral -> TheFork', () => {
  const draft: NeutralReservationDraft = {
    localId: 'r1',
    status: 'confirmed',
    startsAt: Date.parse('2030-06-01T18:30:00Z'),
    durationMinutes: 120,
    partySize: 3,
    guest: {
      name: 'Jean Paul Sartre',
      email: 'jps@example.com',
      phone: '06 12 34 56 78',
      locale: 'fr',
    },
    notes: 'n'.repeat(1_200),
    guestNote: 'Hello',
    offerId: 'offer-unmapped',
    tableIds: ['t1'],
  };
  const settings = { defaultLocale: 'en_GB', defaultCivility: 'mx' } as const;

  it('builds the create body field by field, saying what it could not carry', async () => {
    const { body, warnings, ignoredFields } = await theForkCreateBody(draft, settings, {
      lookup: createMemoryIdLookup(),
      errorContext,
    });
    expect(body).toEqual({
      mealDate: '2030-06-01T18:30:00.000Z',
      partySize: 3,
      customerNote: 'Hello',
      restaurantNote: `${'n'.repeat(999)}…`,
      customer: {
        email: 'jps@example.com',
        firstName: 'Jean Paul',
        lastName: 'Sartre',
        locale: 'fr',
        civility: 'mx',
        optins: { restaurantNewsletter: false },
      },
    });
    expect(warnings).toHaveLength(3);
    expect(warnings.join(' ')).toMatch(
      /international form.*no TheFork counterpart.*cut to the platform's 1000/,
    );
    expect(ignoredFields).toEqual(['tableIds', 'durationMinutes']);
  });

  it('sends mapped offers, E.164 phones, and one name as both names', async () => {
    const { body, warnings } = await theForkCreateBody(
      {
        ...draft,
        guest: { name: 'Cher', email: 'c@x.io', phone: '0033 6 12 34 56 78' },
        notes: 'ok',
        offerId: 'o1',
      },
      settings,
      {
        lookup: createMemoryIdLookup([{ entityType: 'offer', externalId: OFFER, localId: 'o1' }]),
        errorContext,
      },
    );
    expect(body.offerUuid).toBe(OFFER);
    expect(body.customer).toMatchObject({
      firstName: 'Cher',
      lastName: 'Cher',
      phone: '+33612345678',
      locale: 'en_GB',
    });
    expect(warnings).toEqual(['TheFork needs a first and a last name; "Cher" was sent as both.']);
  });

  it('refuses a draft without email', async () => {
    await expect(
      theForkCreateBody({ ...draft, guest: { name: 'X' } }, settings, {
        lookup: createMemoryIdLookup(),
        errorContext,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('builds the update body with both fields, and lists the rest as ignored', () => {
    const current = { startsAt: Date.parse('2030-01-01T12:00:00Z'), partySize: 2 };
    expect(theForkUpdateBody({ partySize: 6 }, current)).toEqual({
      mealDate: '2030-01-01T12:00:00.000Z',
      partySize: 6,
    });
    expect(theForkIgnoredChanges({ partySize: 6, notes: 'x', guest: { email: 'a@b.c' } })).toEqual([
      'notes',
      'guest',
    ]);
  });

  it('converts locales to TheFork form', () => {
    expect(theForkLocale('fr-FR')).toBe('fr_FR');
    expect(theForkLocale('de')).toBe('de');
    expect(theForkLocale('zh-Hant-TW')).toBe('zh');
    expect(theForkLocale('x')).toBeUndefined();
  });
});
