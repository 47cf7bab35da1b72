import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { amsterdamDay, startFormHarness, type FormHarness } from './test-helpers';
import {
  areaSchema,
  bookingTimeSchema,
  problemSchema,
  restaurantSchema,
  shiftSchema,
  tableSchema,
} from './wire';

let h: FormHarness;
beforeAll(async () => {
  h = await startFormHarness();
});
beforeEach(async () => {
  await h.reset();
});
afterAll(async () => {
  expect(h.errors).toEqual([]);
  await h.close();
});

const auth = () => ({ headers: { ApiKey: h.sim.credentials.apiKey } });

describe('Formitable restaurant, areas and tables', () => {
  it('lists the key’s restaurant with its Windows time zone', async () => {
    const list = restaurantSchema.array().parse((await h.raw('GET', '/restaurants', auth())).body);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      uid: h.sim.credentials.restaurantUid,
      timezone: 'W. Europe Standard Time',
    });
    expect(h.sim.credentials.restaurantUid).toMatch(/^[0-9a-f]{8}$/);
    const one = await h.raw('GET', `/restaurants/${h.sim.credentials.restaurantUid}`, auth());
    expect(restaurantSchema.parse(one.body).maxGuestsPerSlot).toBe(-1);
    expect((await h.raw('GET', '/restaurants/deadbeef', auth())).status).toBe(403);
  });

  it('lists areas and tables, by area and by id', async () => {
    const areas = areaSchema.array().parse((await h.api('GET', '/areas')).body);
    expect(areas.map((a) => a.displayName.en)).toEqual(['Restaurant', 'Terrace']);
    expect(areaSchema.parse((await h.api('GET', '/areas/2')).body).name).toBe('Terras');
    const tables = tableSchema.array().parse((await h.api('GET', '/tables')).body);
    expect(tables).toHaveLength(10);
    const terrace = tableSchema.array().parse((await h.api('GET', '/tables/area/2')).body);
    expect(terrace.map((t) => t.name)).toEqual(['20', '21', '22']);
    expect(tableSchema.parse((await h.api('GET', '/tables/107')).body)).toMatchObject({
      minPeople: 6,
      maxPeople: 10,
    });
    for (const path of [
      '/areas/9',
      '/tables/999',
      '/tables/abc',
      '/tables/area/7',
      `/tables/${encodeURIComponent('1 OR 1=1')}`,
    ]) {
      expect((await h.api('GET', path)).status).toBe(404);
    }
  });
});

describe('Formitable availability', () => {
  it('gives day times with AVAILABLE, SHORT and UNAVAILABLE as tables fill', async () => {
    const day = amsterdamDay(2);
    await h.scenario.createBooking({
      bookingDateTime: `${day}T20:00`,
      numberOfPeople: 8,
      tables: [107],
    });
    const times = bookingTimeSchema
      .array()
      .parse((await h.api('GET', `/availability/day/${day}/8/en`)).body);
    const at = (hhmm: string) => times.find((t) => t.time.slice(11, 16) === hhmm);
    expect(times[0]?.time.slice(11, 16)).toBe('12:00');
    expect(at('17:30')).toMatchObject({
      status: 'AVAILABLE',
      maxDuration: 120,
      area: 'Restaurant',
    });
    expect(at('18:45')).toMatchObject({ status: 'SHORT', maxDuration: 75 });
    expect(at('20:00')).toMatchObject({ status: 'UNAVAILABLE', maxDuration: 0, area: null });
    const nl = bookingTimeSchema
      .array()
      .parse((await h.api('GET', `/availability/day/${day}/2/nl`)).body);
    expect(nl.every((t) => t.status === 'AVAILABLE')).toBe(true);
  });

  it('marks past times PASSED and answers shifts for a day', async () => {
    const yesterday = bookingTimeSchema
      .array()
      .parse((await h.api('GET', `/availability/day/${amsterdamDay(-1)}/2/en`)).body);
    expect(yesterday.every((t) => t.status === 'PASSED')).toBe(true);
    const shifts = shiftSchema
      .array()
      .parse((await h.api('GET', `/availability/open/${amsterdamDay(1)}`)).body);
    expect(shifts).toEqual([
      { startTime: 720, endTime: 870, productUid: null },
      { startTime: 1050, endTime: 1290, productUid: null },
    ]);
  });

  it('validates date, party and language', async () => {
    const bad = await h.api('GET', '/availability/day/2030-02-31/zero/fr');
    expect(bad.status).toBe(400);
    expect(Object.keys(problemSchema.parse(bad.body).errors ?? {}).sort()).toEqual([
      'date',
      'language',
      'numberOfPeople',
    ]);
    expect((await h.api('GET', `/availability/day/${amsterdamDay(1)}/0/en`)).status).toBe(400);
    expect((await h.api('GET', '/availability/open/tomorrow')).status).toBe(400);
  });
});
