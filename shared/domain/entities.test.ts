import { describe, expect, it } from 'vitest';
import { Reservation, reservationEndsAt } from './reservation';
import { tableFits } from './dining-table';
import { Customer, normalizeCustomer } from './customer';
import { PlatformConfig } from './platform-config';
import { ExternalMapping, externalMappingId } from './external-mapping';
import { Conflict } from './conflict';
import { Order } from './order';
import { RestaurantSettings } from './restaurant-settings';
import { SyncLog } from './sync-log';
import { JSON_MAX_CHARS } from './json-value';

const T = Date.parse('2026-03-29T10:00:00Z');

const reservation = {
  id: 'r1',
  guestName: 'Zoë Martin',
  partySize: 4,
  adults: 3,
  children: 1,
  startsAt: T,
  durationMinutes: 120,
  status: 'confirmed',
  source: 'thefork',
  tableIds: ['t1', 't2'],
  allergies: ['peanuts'],
  dietaryRestrictions: [],
  createdAt: T,
  updatedAt: T,
};

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string {
  return (result.error?.issues ?? []).map((i) => i.message).join(' | ');
}

describe('entity rules (zod refinements the RxDB schema cannot state)', () => {
  it('reservation: adults + children = party size, no table twice, no time travel', () => {
    expect(Reservation.safeParse(reservation).success).toBe(true);
    expect(messages(Reservation.safeParse({ ...reservation, children: 2 }))).toMatch(
      /adults \(3\) \+ children \(2\) must equal the party size \(4\)/,
    );
    expect(messages(Reservation.safeParse({ ...reservation, tableIds: ['t1', 't1'] }))).toMatch(
      /twice/,
    );
    expect(messages(Reservation.safeParse({ ...reservation, updatedAt: T - 1 }))).toMatch(/before/);
    expect(Reservation.safeParse({ ...reservation, source: 'Walk In' }).success).toBe(false);
    expect(Reservation.safeParse({ ...reservation, source: 'lightspeed_k' }).success).toBe(true);
    expect(Reservation.safeParse({ ...reservation, startsAt: new Date(T) }).success).toBe(false);
    expect(Reservation.safeParse({ ...reservation, startsAt: T + 0.5 }).success).toBe(false);
    expect(Reservation.safeParse({ ...reservation, status: 'SEATED' }).success).toBe(false);
    expect(Reservation.safeParse({ ...reservation, $where: 'x' }).success).toBe(false);
  });

  it('helpers: when a table is free again, whether a party fits', () => {
    expect(reservationEndsAt({ startsAt: T, durationMinutes: 105 })).toBe(T + 105 * 60_000);
    expect(tableFits({ seatsMin: 2, seatsMax: 4 }, 4)).toBe(true);
    expect(tableFits({ seatsMin: 2, seatsMax: 4 }, 5)).toBe(false);
    expect(tableFits({ seatsMin: 2, seatsMax: 4 }, 1)).toBe(false);
  });

  it('customer: search keys always match the name and phone', () => {
    const draft = {
      id: 'c1',
      name: 'Émile  DUPONT-Ségur',
      phone: '+33 6 12 34 56 78',
      email: 'Emile@Example.COM',
      tags: [],
      vip: true,
      allergies: [],
      dietaryRestrictions: [],
      visitCount: 3,
      noShowCount: 0,
      createdAt: T,
      updatedAt: T,
    };
    const customer = normalizeCustomer(draft);
    expect(customer).toMatchObject({
      nameKey: 'emile dupont segur',
      phoneKey: '33612345678',
      email: 'emile@example.com',
    });
    expect(Customer.safeParse(customer).success).toBe(true);
    expect(messages(Customer.safeParse({ ...customer, nameKey: 'someone else' }))).toMatch(
      /nameKey/,
    );
    expect(messages(Customer.safeParse({ ...customer, phoneKey: undefined }))).toMatch(/phoneKey/);
    const noPhone = normalizeCustomer({ ...draft, phone: undefined });
    expect(noPhone).not.toHaveProperty('phoneKey');
    expect(Customer.safeParse(noPhone).success).toBe(true);
  });

  it('platform config: no credentials in clear, a master must be synced', () => {
    const config = {
      id: 'thefork',
      platform: 'thefork',
      displayName: 'TheFork',
      masterFor: ['reservation'],
      syncEntities: ['reservation', 'customer'],
      pollIntervalSeconds: 60,
      active: true,
      credentialRef: 'secret:thefork',
      createdAt: T,
      updatedAt: T,
    };
    expect(PlatformConfig.safeParse(config).success).toBe(true);
    for (const leaked of ['clientSecret', 'apiKey', 'accessToken', 'password']) {
      expect(PlatformConfig.safeParse({ ...config, [leaked]: 's3cr3t' }).success, leaked).toBe(
        false,
      );
    }
    expect(messages(PlatformConfig.safeParse({ ...config, syncEntities: ['customer'] }))).toMatch(
      /masters "reservation" without syncing it/,
    );
    expect(messages(PlatformConfig.safeParse({ ...config, id: 'zenchef' }))).toMatch(
      /its platform/,
    );
    expect(PlatformConfig.safeParse({ ...config, pollIntervalSeconds: 1 }).success).toBe(false);
  });

  it('external mapping: the id is the unique platform key; ids with | are refused', () => {
    const id = externalMappingId('thefork', 'reservation', '5e3f-uuid');
    expect(id).toBe('thefork|reservation|5e3f-uuid');
    const mapping = {
      id,
      platform: 'thefork',
      entityType: 'reservation',
      externalId: '5e3f-uuid',
      entityId: 'r1',
      raw: { reservationUuid: '5e3f-uuid', partySize: 2 },
      status: 'linked',
      createdAt: T,
      updatedAt: T,
    };
    expect(ExternalMapping.safeParse(mapping).success).toBe(true);
    expect(messages(ExternalMapping.safeParse({ ...mapping, id: 'x|y|z' }))).toMatch(
      /platform\|entityType/,
    );
    expect(ExternalMapping.safeParse({ ...mapping, externalId: 'a|b' }).success).toBe(false);
    expect(ExternalMapping.safeParse({ ...mapping, raw: [1, 2] }).success).toBe(false);
    expect(ExternalMapping.safeParse({ ...mapping, raw: { when: new Date() } }).success).toBe(
      false,
    );
    expect(ExternalMapping.safeParse({ ...mapping, raw: { n: Number.NaN } }).success).toBe(false);
    const huge = { blob: 'x'.repeat(JSON_MAX_CHARS) };
    expect(ExternalMapping.safeParse({ ...mapping, raw: huge }).success).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(ExternalMapping.safeParse({ ...mapping, raw: cyclic }).success).toBe(false);
  });

  it('conflict: a resolution covers every disputed field and says who and when', () => {
    const conflict = {
      id: 'k1',
      entityType: 'reservation',
      entityId: 'r1',
      platform: 'thefork',
      localVersion: { partySize: 4 },
      remoteVersion: { partySize: 6 },
      fields: [
        { field: 'partySize', local: 4, remote: 6, base: 2 },
        { field: 'notes', local: 'window', remote: null },
      ],
      status: 'open',
      createdAt: T,
      updatedAt: T,
    };
    expect(Conflict.safeParse(conflict).success).toBe(true);
    const resolved = { ...conflict, status: 'resolved', resolvedBy: 'Camille', resolvedAt: T };
    expect(
      messages(Conflict.safeParse({ ...resolved, resolution: { partySize: 'remote' } })),
    ).toMatch(/without a choice for: notes/);
    expect(
      Conflict.safeParse({ ...resolved, resolution: { partySize: 'remote', notes: 'local' } })
        .success,
    ).toBe(true);
    expect(
      Conflict.safeParse({ ...resolved, resolution: { partySize: 'both', notes: 'local' } })
        .success,
    ).toBe(false);
    expect(messages(Conflict.safeParse({ ...conflict, status: 'dismissed' }))).toMatch(
      /who and when/,
    );
    expect(Conflict.safeParse({ ...conflict, fields: [] }).success).toBe(false);
  });

  it('order: the total is the lines minus the discount', () => {
    const order = {
      id: 'o1',
      tableIds: ['t1'],
      status: 'open',
      lines: [
        { id: 'l1', name: 'Soupe', quantity: 2, unitPriceMinor: 900 },
        { id: 'l2', name: 'Vin', quantity: 1, unitPriceMinor: 3200 },
      ],
      totalMinor: 4500,
      discountMinor: 500,
      currency: 'EUR',
      openedAt: T,
      createdAt: T,
      updatedAt: T,
    };
    expect(Order.safeParse(order).success).toBe(true);
    expect(messages(Order.safeParse({ ...order, totalMinor: 5000 }))).toMatch(/make 4500/);
    expect(Order.safeParse({ ...order, currency: 'eur' }).success).toBe(false);
  });

  it('restaurant settings: a real IANA zone and locale, one document', () => {
    const settings = {
      id: 'restaurant',
      name: 'Chez Nous',
      timeZone: 'Europe/Paris',
      locale: 'fr-FR',
      currency: 'EUR',
      updatedAt: T,
    };
    expect(RestaurantSettings.safeParse(settings).success).toBe(true);
    expect(RestaurantSettings.safeParse({ ...settings, timeZone: 'Paris' }).success).toBe(false);
    expect(RestaurantSettings.safeParse({ ...settings, timeZone: 'Asia/Kolkata' }).success).toBe(
      true,
    );
    expect(RestaurantSettings.safeParse({ ...settings, locale: 'not a locale!' }).success).toBe(
      false,
    );
    expect(RestaurantSettings.safeParse({ ...settings, id: 'other' }).success).toBe(false);
  });

  it('sync log: a scheduled retry has its time, a failure its error', () => {
    const entry = {
      id: 's1',
      platform: 'zenchef',
      direction: 'outbound',
      action: 'create',
      status: 'succeeded',
      retryCount: 0,
      at: T,
      updatedAt: T,
    };
    expect(SyncLog.safeParse(entry).success).toBe(true);
    expect(messages(SyncLog.safeParse({ ...entry, status: 'retry_scheduled' }))).toMatch(
      /nextRetryAt/,
    );
    expect(messages(SyncLog.safeParse({ ...entry, status: 'parked' }))).toMatch(/needs its error/);
    expect(SyncLog.safeParse({ ...entry, direction: 'sideways' }).success).toBe(false);
  });
});
