import { afterEach, describe, expect, it } from 'vitest';
import { Customer } from '../domain/customer';
import { DiningService } from '../domain/dining-service';
import { DiningTable } from '../domain/dining-table';
import { Offer } from '../domain/offer';
import { Reservation, reservationEndsAt } from '../domain/reservation';
import { RestaurantSettings } from '../domain/restaurant-settings';
import { addDays, localDateOf } from '../domain/time';
import type { DeskDatabase } from '../store/create-desk-database';
import { createDeskRepositories, type DeskRepositories } from '../store/desk-repositories';
import { openTestDatabase, testDeps } from '../store/testing/test-database';
import {
  buildDemoRestaurant,
  DemoSeedError,
  seedDemoIfEmpty,
  seedDemoRestaurant,
} from './seed-demo-restaurant';

const ZONE = 'Europe/Paris';
/** Friday 20 November 2026, 20:40 in Paris: dinner under way. */
const NOW = Date.parse('2026-11-20T19:40:00Z');

const opened: DeskDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

async function openDesk(): Promise<{ db: DeskDatabase; repos: DeskRepositories }> {
  const db = await openTestDatabase();
  opened.push(db);
  return { db, repos: createDeskRepositories(db, testDeps(NOW)) };
}

async function dump(db: DeskDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of [
    'restaurant_settings',
    'dining_rooms',
    'dining_tables',
    'dining_services',
    'offers',
    'customers',
    'reservations',
  ] as const) {
    const docs = await db[name].find({ sort: [{ id: 'asc' }] }).exec();
    out[name] = docs.map((d) => d.toJSON());
  }
  return out;
}

describe('seedDemoRestaurant', () => {
  it('writes a complete restaurant that every schema accepts', async () => {
    const { db, repos } = await openDesk();
    const summary = await seedDemoRestaurant(repos, { now: NOW, seed: 7 });
    const data = await dump(db);
    expect(summary).toMatchObject({ rooms: 2, tables: 30, services: 2, offers: 3 });
    expect(data.reservations).toHaveLength(summary.reservations);
    expect(summary.reservations).toBeGreaterThan(250);

    const settings = RestaurantSettings.parse(data.restaurant_settings?.[0]);
    expect(settings).toMatchObject({ timeZone: ZONE, locale: 'fr-FR', currency: 'EUR' });
    const services = (data.dining_services ?? [])
      .map((s) => DiningService.parse(s))
      .sort((a, b) => a.position - b.position);
    expect(services.map((s) => [s.type, s.startTime, s.endTime, s.lastSeatingTime])).toEqual([
      ['lunch', '12:00', '14:30', '13:45'],
      ['dinner', '19:00', '23:00', '21:45'],
    ]);
    const offers = (data.offers ?? []).map((o) => Offer.parse(o));
    expect(new Set(offers.map((o) => o.type))).toEqual(new Set(['set_menu', 'discount', 'event']));
    const tables = (data.dining_tables ?? []).map((t) => DiningTable.parse(t));
    expect(tables.filter((t) => t.blocked)).toHaveLength(1);
    const customers = (data.customers ?? []).map((c) => Customer.parse(c));
    expect(customers.filter((c) => c.vip).length).toBeGreaterThanOrEqual(3);

    const bookings = (data.reservations ?? []).map((r) => Reservation.parse(r));
    const today = localDateOf(NOW, ZONE);
    const dates = new Set(bookings.map((b) => localDateOf(b.startsAt, ZONE)));
    expect([...dates].sort()[0]).toBe(addDays(today, -3));
    expect([...dates].sort().at(-1)).toBe(addDays(today, 11));
    expect(new Set(bookings.map((b) => b.source))).toEqual(
      new Set(['phone', 'walk_in', 'thefork', 'zenchef']),
    );
    const withTable = bookings.filter((b) => b.tableIds.length > 0).length;
    expect(withTable / bookings.length).toBeGreaterThan(0.75);
    expect(bookings.some((b) => b.allergies.length > 0)).toBe(true);
    expect(bookings.some((b) => b.occasion !== undefined)).toBe(true);
    expect(bookings.some((b) => b.notes !== undefined)).toBe(true);
    expect(bookings.some((b) => b.partySize >= 8)).toBe(true);
    const twos = bookings.filter((b) => b.partySize >= 2 && b.partySize <= 4).length;
    expect(twos / bookings.length).toBeGreaterThan(0.6);
    // VIPs come back across the fortnight.
    const vipIds = new Set(customers.filter((c) => c.vip).map((c) => c.id));
    const vipVisits = bookings.filter(
      (b) => b.customerId !== undefined && vipIds.has(b.customerId),
    );
    expect(vipVisits.length).toBeGreaterThan(vipIds.size);
    const known = new Set(customers.map((c) => c.id));
    expect(bookings.every((b) => b.customerId === undefined || known.has(b.customerId))).toBe(true);
  });

  it('gives statuses that make sense relative to now, and never seats two parties at one table', async () => {
    const { bookings, tables } = (() => {
      const demo = buildDemoRestaurant({ now: NOW, seed: 3 });
      return { bookings: demo.reservations, tables: demo.tables };
    })();
    const blocked = new Set(tables.filter((t) => t.blocked).map((t) => t.id));
    for (const b of bookings) {
      const ends = reservationEndsAt(b);
      if (ends <= NOW) expect(['completed', 'no_show', 'cancelled']).toContain(b.status);
      else if (b.startsAt > NOW) {
        expect(['confirmed', 'requested', 'cancelled']).toContain(b.status);
        expect(b.source).not.toBe('walk_in');
      } else expect(['confirmed', 'arrived', 'seated']).toContain(b.status);
      for (const at of [b.arrivedAt, b.seatedAt, b.completedAt, b.cancelledAt]) {
        if (at !== undefined) expect(at).toBeLessThanOrEqual(NOW);
      }
      if (b.status === 'seated') expect(b.seatedAt).toBeDefined();
      if (b.status === 'cancelled' || b.status === 'requested') expect(b.tableIds).toEqual([]);
      expect(b.tableIds.some((id) => blocked.has(id))).toBe(false);
    }
    const todays = bookings.filter((b) => localDateOf(b.startsAt, ZONE) === localDateOf(NOW, ZONE));
    const todayStatuses = new Set(todays.map((b) => b.status));
    for (const s of ['completed', 'seated', 'confirmed'] as const)
      expect(todayStatuses).toContain(s);

    const holding = bookings.filter((b) => b.status !== 'cancelled');
    for (const [i, a] of holding.entries()) {
      for (const b of holding.slice(i + 1)) {
        if (!a.tableIds.some((id) => b.tableIds.includes(id))) continue;
        const apart = reservationEndsAt(a) <= b.startsAt || reservationEndsAt(b) <= a.startsAt;
        expect(apart, `${a.id} and ${b.id} share a table`).toBe(true);
      }
    }
  });

  it('keeps every service within its maxCovers and fills tonight’s dinner (60 to 120 covers)', () => {
    for (const seed of [1, 2, 3, 42]) {
      const demo = buildDemoRestaurant({ now: NOW, seed });
      const covers = new Map<string, number>();
      for (const b of demo.reservations) {
        if (b.status === 'cancelled') continue;
        const key = `${localDateOf(b.startsAt, ZONE)}|${b.serviceId ?? ''}`;
        covers.set(key, (covers.get(key) ?? 0) + b.partySize);
      }
      for (const [key, count] of covers) {
        const service = demo.services.find((s) => key.endsWith(`|${s.id}`));
        expect(count, key).toBeLessThanOrEqual(service?.maxCovers ?? 0);
      }
      const tonight = covers.get(`${localDateOf(NOW, ZONE)}|demo-service-dinner`) ?? 0;
      expect(tonight).toBeGreaterThanOrEqual(60);
      expect(tonight).toBeLessThanOrEqual(120);
    }
  });

  it('writes the same data for the same seed, and other data for another seed', async () => {
    // RxDB's open-source build holds 13 collections per process: one desk database at a time.
    const seeded = async () => {
      const { db, repos } = await openDesk();
      await seedDemoRestaurant(repos, { now: NOW, seed: 11 });
      const data = await dump(db);
      await Promise.all(opened.splice(0).map((d) => d.close()));
      return data;
    };
    const first = await seeded();
    expect(await seeded()).toEqual(first);
    expect(buildDemoRestaurant({ now: NOW, seed: 12 })).not.toEqual(
      buildDemoRestaurant({ now: NOW, seed: 11 }),
    );
  });

  it('refuses hostile options with a sentence and writes nothing', async () => {
    const { db, repos } = await openDesk();
    const bad = [
      { now: -1 },
      { now: Number.NaN },
      { now: 1.5 },
      { now: NOW, seed: -3 },
      { now: NOW, seed: 0.5 },
      { now: NOW, timeZone: 'Mars/Olympus_Mons' },
      { now: NOW, extra: true },
    ];
    for (const options of bad) {
      await expect(seedDemoRestaurant(repos, options as never)).rejects.toThrow(DemoSeedError);
      await expect(seedDemoRestaurant(repos, options as never)).rejects.toThrow(
        /cannot seed the demo restaurant/,
      );
    }
    expect(await db.reservations.count().exec()).toBe(0);
    expect(await repos.settings.get()).toBeNull();
  });

  it('works in another zone (the day follows the zone)', () => {
    const demo = buildDemoRestaurant({ now: NOW, timeZone: 'Asia/Kolkata' });
    expect(demo.settings.timeZone).toBe('Asia/Kolkata');
    const kolkataToday = localDateOf(NOW, 'Asia/Kolkata');
    expect(
      demo.reservations.some((b) => localDateOf(b.startsAt, 'Asia/Kolkata') === kolkataToday),
    ).toBe(true);
  });
});

describe('seedDemoIfEmpty', () => {
  it('seeds an empty desk once, then does nothing', async () => {
    const { db, repos } = await openDesk();
    expect(await seedDemoIfEmpty(repos, { now: NOW })).toBe(true);
    const before = await dump(db);
    expect(await seedDemoIfEmpty(repos, { now: NOW + 86_400_000, seed: 99 })).toBe(false);
    expect(await dump(db)).toEqual(before);
  });

  it('leaves a desk that already has a restaurant alone', async () => {
    const { db, repos } = await openDesk();
    await repos.settings.save({
      name: 'Le Vrai Restaurant',
      timeZone: ZONE,
      locale: 'fr-FR',
      currency: 'EUR',
    });
    expect(await seedDemoIfEmpty(repos, { now: NOW })).toBe(false);
    expect(await db.reservations.count().exec()).toBe(0);
    expect((await repos.settings.get())?.name).toBe('Le Vrai Restaurant');
  });

  it('finishes an interrupted seed without duplicates', async () => {
    const { db, repos } = await openDesk();
    const demo = buildDemoRestaurant({ now: NOW });
    const room = demo.rooms[0];
    const first = demo.reservations[0];
    if (room === undefined || first === undefined) throw new Error('the demo is empty');
    await repos.floor.rooms.create(room);
    await repos.reservations.create(first);
    expect(await seedDemoIfEmpty(repos, { now: NOW })).toBe(true);
    expect(await db.reservations.count().exec()).toBe(demo.reservations.length);
    expect(await db.dining_rooms.count().exec()).toBe(2);
  });
});
