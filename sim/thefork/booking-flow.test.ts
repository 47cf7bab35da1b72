import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../common/time-zone';
import { futureLocal, startForkHarness, type ForkHarness } from './test-helpers';
import { apiErrorSchema, availabilitySchema, offerSchema, timeslotSchema } from './wire';

let h: ForkHarness;
beforeAll(async () => {
  h = await startForkHarness();
});
beforeEach(async () => {
  await h.reset();
});
afterAll(async () => {
  expect(h.errors).toEqual([]);
  await h.close();
});

const base = () => `/v1/restaurants/${h.sim.credentials.restaurantUuid}`;
const day = (ahead: number) => addDays(localDate(Date.now(), 'Europe/Paris'), ahead);

describe('TheFork booking funnel', () => {
  it('lists availabilities per day with offers and normal stock', async () => {
    const result = await h.api(
      'GET',
      `${base()}/availabilities?startDate=${day(1)}&endDate=${day(3)}&partySize=2`,
    );
    expect(result.status).toBe(200);
    const days = availabilitySchema.array().parse(result.body);
    expect(days.map((d) => d.date)).toEqual([day(1), day(2), day(3)]);
    expect(days.every((d) => d.hasNormalStock && (d.offerList ?? []).length === 2)).toBe(true);
  });

  it('lists timeslots in restaurant-local time with offset and guarantees for large parties', async () => {
    const result = await h.api('GET', `${base()}/timeslots?date=${day(2)}&partySize=6`);
    const slots = timeslotSchema.array().parse(result.body);
    expect(slots.map((s) => s.datetime?.slice(11, 16))).toEqual([
      '12:00',
      '12:30',
      '13:00',
      '13:30',
      '14:00',
      '19:00',
      '19:30',
      '20:00',
      '20:30',
      '21:00',
      '21:30',
      '22:00',
    ]);
    expect(slots[0]?.datetime).toMatch(/^\d{4}-\d{2}-\d{2}T12:00:00\+0[12]:00$/);
    const dinner = slots.find((s) => s.datetime?.includes('T20:00'));
    expect(dinner).toMatchObject({ hasPaymentGuaranteeRequirement: true });
    expect(dinner?.guaranteeRequirementList[0]).toEqual({
      guaranteeType: 'imprint',
      amount: 20,
      minimumCancellationHours: 24,
      minimumPartySize: 6,
    });
    const small = timeslotSchema
      .array()
      .parse((await h.api('GET', `${base()}/timeslots?date=${day(2)}&partySize=2`)).body);
    expect(small.every((s) => !s.hasPaymentGuaranteeRequirement)).toBe(true);
  });

  it('takes booked covers out of the stock', async () => {
    const slot = futureLocal(2, '20:00');
    await h.scenario.createReservation({ mealDate: slot, partySize: 38 });
    const slots = timeslotSchema
      .array()
      .parse((await h.api('GET', `${base()}/timeslots?date=${day(2)}&partySize=4`)).body);
    expect(slots.find((s) => s.datetime?.includes('T20:00'))).toBeUndefined();
    const two = timeslotSchema
      .array()
      .parse((await h.api('GET', `${base()}/timeslots?date=${day(2)}&partySize=2`)).body);
    expect(two.find((s) => s.datetime?.includes('T20:00'))?.hasNormalStock).toBe(true);
  });

  it('lists the party sizes that can book and filters by offer', async () => {
    const all = await h.api('GET', `${base()}/partySizes?startDate=${day(1)}&endDate=${day(2)}`);
    expect(all.body).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const offers = offerSchema
      .array()
      .parse((await h.api('GET', `${base()}/offers?locale=en_GB`)).body);
    const tasting = offers.find((o) => o.name === 'Tasting menu');
    const limited = await h.api(
      'GET',
      `${base()}/partySizes?startDate=${day(1)}&endDate=${day(2)}&offerUuid=${tasting?.uuid ?? ''}`,
    );
    expect(limited.body).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('localises offers by locale and falls back on the language', async () => {
    const fr = offerSchema
      .array()
      .parse((await h.api('GET', `${base()}/offers?locale=fr_FR`)).body);
    expect(fr.map((o) => o.name)).toEqual(['-30% sur la carte', 'Menu dégustation']);
    expect(fr[1]?.price).toBe(85);
    const en = offerSchema.array().parse((await h.api('GET', `${base()}/offers?locale=en`)).body);
    expect(en[0]?.name).toBe('30% off the à la carte menu');
  });

  it.each([
    [
      'availabilities without endDate',
      () => `${base()}/availabilities?startDate=${day(1)}`,
      '"endDate" is required',
    ],
    [
      'a reversed range',
      () => `${base()}/availabilities?startDate=${day(3)}&endDate=${day(1)}`,
      'greater than or equal',
    ],
    ['an impossible date', () => `${base()}/timeslots?date=2030-02-30`, 'ISO 8601 date'],
    [
      'a negative party',
      () => `${base()}/timeslots?date=${day(1)}&partySize=-2`,
      '"partySize" must be greater than 0',
    ],
    [
      'a textual party',
      () => `${base()}/timeslots?date=${day(1)}&partySize=two`,
      '"partySize" must be a number',
    ],
    ['a bad locale', () => `${base()}/offers?locale=FR-fr`, '"locale" fails to match'],
    ['a missing locale', () => `${base()}/offers`, '"locale" is required'],
    [
      'a huge range',
      () => `${base()}/partySizes?startDate=${day(1)}&endDate=${day(200)}`,
      'days after',
    ],
  ])('answers 400 for %s', async (_name, path, message) => {
    const result = await h.api('GET', path());
    expect(result.status).toBe(400);
    expect(apiErrorSchema.parse(result.body).message).toContain(message);
  });

  it('answers RESTAURANT_NOT_FOUND for another restaurant and 400 for a non-GUID', async () => {
    const other = await h.api(
      'GET',
      `/v1/restaurants/3fa85f64-5717-4562-b3fc-2c963f66afa6/offers?locale=fr_FR`,
    );
    expect(other.status).toBe(404);
    expect(apiErrorSchema.parse(other.body).data.code).toBe('RESTAURANT_NOT_FOUND');
    const sql = await h.api(
      'GET',
      `/v1/restaurants/${encodeURIComponent("' OR 1=1 --")}/timeslots?date=${day(1)}`,
    );
    expect(sql.status).toBe(400);
    expect(apiErrorSchema.parse(sql.body).message).toBe('"id" must be a valid GUID');
  });
});
