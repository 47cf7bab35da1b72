import { describe, expect, it } from 'vitest';
import { ReservationStatus } from '../../../../shared/domain/reservation';
import { UnexpectedResponseError } from '../../http/platform-errors';
import { createMemoryIdLookup } from '../id-lookup';
import type { NeutralReservationDraft } from '../neutral/neutral-reservation';
import {
  formitableCreateBody,
  formitableToNeutral,
  formitableUpdateBody,
  type FormitableMapContext,
} from './formitable-mappers';
import { deskToFormitableStatus, formitableToDeskStatus } from './formitable-status';
import { FORMITABLE_STATUSES, FormitableBooking } from './formitable-wire';

const errorContext = { platform: 'formitable', platformName: 'Zenchef (Formitable)' };
const ctx = (lookup = createMemoryIdLookup()): FormitableMapContext => ({
  lookup,
  timeZone: 'Europe/Amsterdam',
  apiSource: 'couvert',
  errorContext,
});

const raw = {
  uid: 'b0a1c2d3e4f5',
  created: '2030-06-20T14:03:22.5',
  bookingDateTime: '2030-07-01T19:00:00+02:00',
  bookingDuration: 120,
  checkInDateTime: '2030-07-01T19:05:00+02:00',
  numberOfPeople: 4,
  companyName: null,
  title: 'NONE',
  firstName: 'Sanne',
  lastName: 'Jansen',
  telephone: '+31 20 123 4567',
  email: 'Sanne@Example.nl',
  comments: 'Window',
  culture: 'nl',
  company: false,
  newsletter: false,
  status: 'ACCEPTED',
  color: null,
  prePaidAmount: 0,
  source: 'couvert',
  externalReferenceId: 'res-42',
  optionExpires: null,
  tickets: [{ uid: 'prod-9', title: 'Menu', quantity: 4, amount: 0, fullPrice: 0 }],
  payments: [],
  tables: [
    { id: 103, posId: 'T3', name: '3', minPeople: 2, maxPeople: 4, areaId: 1 },
    { id: 104, posId: 'T4', name: '4', minPeople: 2, maxPeople: 4, areaId: 1 },
  ],
};

describe('Formitable statuses', () => {
  it('maps every status, with and without check-in', () => {
    const table = Object.fromEntries(
      FORMITABLE_STATUSES.flatMap((s) => [
        [s, formitableToDeskStatus(s, false)],
        [`${s}+checkin`, formitableToDeskStatus(s, true)],
      ]),
    );
    expect(table).toEqual({
      CREATED: 'requested',
      'CREATED+checkin': 'arrived',
      ACCEPTED: 'confirmed',
      'ACCEPTED+checkin': 'arrived',
      CANCELLED: 'cancelled',
      'CANCELLED+checkin': 'cancelled',
      FAILED: 'cancelled',
      'FAILED+checkin': 'cancelled',
      EXPIRED: 'cancelled',
      'EXPIRED+checkin': 'cancelled',
    });
  });

  it('round-trips the desk statuses it can represent exactly', () => {
    for (const status of ReservationStatus.options) {
      const back = deskToFormitableStatus(status);
      const read = formitableToDeskStatus(back.status, back.checkedIn);
      if (status === 'completed') expect(read).toBe('arrived');
      else if (back.exact) expect(read).toBe(status);
      else expect(['seated', 'no_show']).toContain(status);
    }
  });
});

describe('Formitable booking -> neutral', () => {
  it('maps every field, reading times in the restaurant zone', async () => {
    const lookup = createMemoryIdLookup([
      { entityType: 'dining_table', externalId: '103', localId: 't-3' },
      { entityType: 'dining_table', externalId: '104', localId: 't-4' },
      { entityType: 'dining_room', externalId: '1', localId: 'room-main' },
      { entityType: 'offer', externalId: 'prod-9', localId: 'offer-menu' },
    ]);
    const n = await formitableToNeutral(FormitableBooking.parse(raw), raw, ctx(lookup));
    expect(n).toEqual({
      platform: 'formitable',
      externalId: 'b0a1c2d3e4f5',
      localId: 'res-42',
      status: 'arrived',
      platformStatus: 'ACCEPTED+checkin',
      startsAt: Date.parse('2030-07-01T17:00:00Z'),
      durationMinutes: 120,
      partySize: 4,
      guest: {
        name: 'Sanne Jansen',
        firstName: 'Sanne',
        lastName: 'Jansen',
        email: 'sanne@example.nl',
        phone: '+31 20 123 4567',
        locale: 'nl',
      },
      notes: 'Window',
      source: 'zenchef',
      channel: 'couvert',
      refs: { offer: 'prod-9', room: '1', tables: ['103', '104'] },
      offerId: 'offer-menu',
      diningRoomId: 'room-main',
      tableIds: ['t-3', 't-4'],
      arrivedAt: Date.parse('2030-07-01T17:05:00Z'),
      platformCreatedAt: Date.parse('2030-06-20T12:03:22.500Z'),
      dropped: [],
      raw,
    });
  });

  it('leaves partly mapped tables and foreign references out', async () => {
    const lookup = createMemoryIdLookup([
      { entityType: 'dining_table', externalId: '103', localId: 't-3' },
    ]);
    const foreign = {
      ...raw,
      source: 'Google',
      checkInDateTime: null,
      firstName: null,
      lastName: null,
      companyName: 'ACME BV',
    };
    const n = await formitableToNeutral(FormitableBooking.parse(foreign), foreign, ctx(lookup));
    expect(n.tableIds).toEqual([]);
    expect(n.dropped).toEqual([
      { field: 'tableIds', reason: 'table(s) 104 have no desk counterpart' },
    ]);
    expect(n.localId).toBeUndefined();
    expect(n.diningRoomId).toBeUndefined();
    expect(n.status).toBe('confirmed');
    expect(n.arrivedAt).toBeUndefined();
    expect(n.guest.name).toBe('ACME BV');
    expect(n.channel).toBe('Google');
  });

  it('drops odd optional values and refuses a booking without a usable time', async () => {
    const odd = { ...raw, email: 'nope', telephone: '☎☎☎', bookingDuration: 5000, culture: '' };
    const n = await formitableToNeutral(FormitableBooking.parse(odd), odd, ctx());
    expect(n.dropped.map((d) => d.field)).toEqual([
      'tableIds',
      'durationMinutes',
      'email',
      'phone',
    ]);
    expect(n.durationMinutes).toBeUndefined();
    expect(n.guest.locale).toBeUndefined();
    const noTime = { ...raw, bookingDateTime: '2030-02-30T19:00:00+01:00' };
    await expect(
      formitableToNeutral(FormitableBooking.parse(noTime), noTime, ctx()),
    ).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});

describe('neutral -> Formitable', () => {
  const draft: NeutralReservationDraft = {
    localId: 'res-7',
    status: 'requested',
    startsAt: Date.parse('2030-01-15T18:30:00Z'),
    durationMinutes: 90,
    partySize: 2,
    guest: { name: 'Mark Rutte', email: 'm@example.nl', phone: '+31 6 1', locale: 'nl-NL' },
    notes: 'Fiets',
    guestNote: 'ignored',
    offerId: 'offer-menu',
    tableIds: ['t-3'],
  };

  it('builds the create body field by field', async () => {
    const lookup = createMemoryIdLookup([
      { entityType: 'dining_table', externalId: '103', localId: 't-3' },
      { entityType: 'offer', externalId: 'prod-9', localId: 'offer-menu' },
    ]);
    const { body, warnings, ignoredFields } = await formitableCreateBody(draft, ctx(lookup));
    expect(body).toEqual({
      bookingDateTime: '2030-01-15T19:30:00+01:00',
      bookingDuration: 90,
      numberOfPeople: 2,
      culture: 'nl',
      company: false,
      externalReferenceId: 'res-7',
      tables: [103],
      productUid: 'prod-9',
      firstName: 'Mark',
      lastName: 'Rutte',
      telephone: '+31 6 1',
      email: 'm@example.nl',
      comments: 'Fiets',
    });
    expect(ignoredFields).toEqual(['status', 'guestNote']);
    expect(warnings).toHaveLength(1);
  });

  it('sends no tables and no product when they are not all mapped', async () => {
    const { body, warnings } = await formitableCreateBody(
      { ...draft, status: 'confirmed', guest: { name: 'Solo' } },
      ctx(),
    );
    expect(body.tables).toBeUndefined();
    expect(body.productUid).toBeUndefined();
    expect(body.lastName).toBe('Solo');
    expect(body.firstName).toBeUndefined();
    expect(body.culture).toBeNull();
    expect(warnings).toHaveLength(2);
  });

  it('builds a partial update with only the changed fields', async () => {
    const lookup = createMemoryIdLookup([
      { entityType: 'dining_table', externalId: '106', localId: 't-6' },
    ]);
    expect((await formitableUpdateBody({ partySize: 5 }, ctx(lookup))).body).toEqual({
      numberOfPeople: 5,
    });
    const full = await formitableUpdateBody(
      {
        startsAt: Date.parse('2030-07-01T17:15:00Z'),
        durationMinutes: 60,
        guest: { name: 'Anne Frank', phone: '+31 1' },
        notes: '',
        tableIds: ['t-6'],
        diningRoomId: 'r',
      },
      ctx(lookup),
    );
    expect(full.body).toEqual({
      bookingDateTime: '2030-07-01T19:15:00+02:00',
      bookingDuration: 60,
      comments: '',
      firstName: 'Anne',
      lastName: 'Frank',
      telephone: '+31 1',
      tables: [106],
    });
    expect(full.ignoredFields).toEqual(['diningRoomId']);
  });
});
