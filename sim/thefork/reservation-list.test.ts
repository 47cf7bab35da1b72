import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { futureLocal, startForkHarness, type ForkHarness } from './test-helpers';
import { apiErrorSchema, customerDetailSchema, idPageSchema } from './wire';

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

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('GET /v1/reservations (ids, paged)', () => {
  it('pages through ids by updatedDate, stable and complete', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { reservation } = await h.scenario.createReservation({
        mealDate: futureLocal(i + 1, '19:00'),
        partySize: 2,
        silent: true,
      });
      created.push(reservation.reservationUuid);
    }
    const { restaurantUuid } = h.sim.credentials;
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const result = await h.api(
        'GET',
        `/v1/reservations?restaurantUuid=${restaurantUuid}&startDate=${today()}&endDate=${today()}&limit=2&page=${page}`,
      );
      const body = idPageSchema.parse(result.body);
      expect(body).toMatchObject({ totalCount: 5, page, limit: 2 });
      seen.push(...body.data);
    }
    expect(seen.sort()).toEqual([...created].sort());
    const beyond = idPageSchema.parse(
      (
        await h.api(
          'GET',
          `/v1/reservations?restaurantUuid=${restaurantUuid}&startDate=${today()}&endDate=${today()}&page=9`,
        )
      ).body,
    );
    expect(beyond).toEqual({ data: [], totalCount: 5, page: 9, limit: 100 });
  });

  it('filters by mealDate and by group', async () => {
    await h.scenario.createReservation({ mealDate: futureLocal(1, '19:00'), partySize: 2 });
    const far = await h.scenario.createReservation({
      mealDate: futureLocal(10, '19:00'),
      partySize: 2,
    });
    const { groupUuid } = h.sim.credentials;
    const byMeal = idPageSchema.parse(
      (
        await h.api(
          'GET',
          `/v1/reservations?groupUuid=${groupUuid}&startDate=${inDays(8)}&endDate=${inDays(12)}&filterBy=mealDate`,
        )
      ).body,
    );
    expect(byMeal.data).toEqual([far.reservation.reservationUuid]);
    const otherGroup = idPageSchema.parse(
      (
        await h.api(
          'GET',
          `/v1/reservations?groupUuid=3fa85f64-5717-4562-b3fc-2c963f66afa6&startDate=${today()}&endDate=${today()}`,
        )
      ).body,
    );
    expect(otherGroup.totalCount).toBe(0);
  });

  it.each([
    [
      'no restaurant nor group',
      () => `startDate=${today()}&endDate=${today()}`,
      'must contain at least one of [groupUuid, restaurantUuid]',
    ],
    [
      'a limit over 10000',
      () =>
        `restaurantUuid=${h.sim.credentials.restaurantUuid}&startDate=${today()}&endDate=${today()}&limit=10001`,
      '"limit" must be less than or equal to 10000',
    ],
    [
      'page 0',
      () =>
        `restaurantUuid=${h.sim.credentials.restaurantUuid}&startDate=${today()}&endDate=${today()}&page=0`,
      '"page" must be greater than 0',
    ],
    [
      'an unknown filter',
      () =>
        `restaurantUuid=${h.sim.credentials.restaurantUuid}&startDate=${today()}&endDate=${today()}&filterBy=createdDate`,
      '"filterBy" must be one of [updatedDate, mealDate]',
    ],
  ])('answers 400 for %s', async (_name, query, message) => {
    const result = await h.api('GET', `/v1/reservations?${query()}`);
    expect(result.status).toBe(400);
    expect(apiErrorSchema.parse(result.body).message).toBe(
      `${message.startsWith('"') ? '' : '"value" '}${message}`,
    );
  });
});

describe('customers', () => {
  it('lists and reads the customers of the group', async () => {
    const { customer } = await h.scenario.createReservation({
      mealDate: futureLocal(1, '12:00'),
      partySize: 2,
      customer: {
        email: 'zoe@example.test',
        firstName: 'Zoé',
        lastName: 'Kravitz',
        phone: '+33600000001',
      },
    });
    const ids = idPageSchema.parse(
      (
        await h.api(
          'GET',
          `/v1/customers?groupUuid=${h.sim.credentials.groupUuid}&startDate=${today()}&endDate=${today()}`,
        )
      ).body,
    );
    expect(ids.data).toEqual([customer?.customerUuid]);
    const detail = customerDetailSchema.parse(
      (await h.api('GET', `/v1/customers/${customer?.customerUuid ?? ''}`)).body,
    );
    expect(detail).toMatchObject({
      firstName: 'Zoé',
      email: 'zoe@example.test',
      creationDate: today(),
    });
    const missing = await h.api('GET', '/v1/customers/3fa85f64-5717-4562-b3fc-2c963f66afa6');
    expect(apiErrorSchema.parse(missing.body).data.code).toBe('CUSTOMER_NOT_FOUND');
  });
});
