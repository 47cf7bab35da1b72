import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { futureLocal, startForkHarness, type ForkHarness } from './test-helpers';
import {
  apiErrorSchema,
  cancelResultSchema,
  reservationDetailSchema,
  reservationWithCustomerSchema,
} from './wire';

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

const guest = (email = 'ada@example.test') => ({
  email,
  firstName: 'Ada',
  lastName: 'Lovelace',
  phone: '+33612345678',
  locale: 'fr_FR',
  civility: 'mrs',
  optins: { restaurantNewsletter: true },
});

const createPath = () => `/v1/restaurants/${h.sim.credentials.restaurantUuid}/reservations`;
const create = (body: unknown) => h.api('POST', createPath(), body);
const code = (body: unknown) => apiErrorSchema.parse(body).data.code;

describe('GET / PATCH / cancel a reservation', () => {
  it('reads a reservation in the documented shape and 404s unknown ids', async () => {
    const { reservation } = await h.scenario.createReservation({
      mealDate: futureLocal(2, '19:00'),
      partySize: 4,
      offerUuid: undefined,
      customer: { email: 'bob@example.test', firstName: 'Bob', lastName: 'Marley' },
    });
    const got = await h.api('GET', `/v1/reservations/${reservation.reservationUuid}`);
    expect(reservationDetailSchema.parse(got.body)).toEqual(reservation);
    const missing = await h.api('GET', '/v1/reservations/3fa85f64-5717-4562-b3fc-2c963f66afa6');
    expect(missing.status).toBe(404);
    expect(apiErrorSchema.parse(missing.body)).toEqual({
      data: { code: 'RESERVATION_NOT_FOUND' },
      error: 'Not Found',
      statusCode: 404,
    });
    expect((await h.api('GET', '/v1/reservations/42')).status).toBe(400);
  });

  it('updates date and party size, checking availability (409 DOUBLE_BOOKING)', async () => {
    const r = reservationWithCustomerSchema.parse(
      (await create({ mealDate: futureLocal(3, '20:00'), partySize: 2, customer: guest() })).body,
    );
    const moved = futureLocal(3, '20:30');
    const updated = await h.api('PATCH', `/v1/reservations/${r.reservationUuid}`, {
      mealDate: moved,
      partySize: 4,
    });
    expect(updated.status).toBe(200);
    expect(reservationWithCustomerSchema.parse(updated.body)).toMatchObject({
      mealDate: moved,
      partySize: 4,
    });
    const full = futureLocal(3, '21:30');
    await h.scenario.createReservation({ mealDate: full, partySize: 39 });
    const refused = await h.api('PATCH', `/v1/reservations/${r.reservationUuid}`, {
      mealDate: full,
      partySize: 4,
    });
    expect(code(refused.body)).toBe('DOUBLE_BOOKING');
    const detail = reservationDetailSchema.parse(
      (await h.api('GET', `/v1/reservations/${r.reservationUuid}`)).body,
    );
    expect(detail.mealDate).toBe(moved);
    expect(detail.updatedAt).not.toBe(detail.createdAt);
  });

  it('requires both fields and nothing else in a PATCH body', async () => {
    const { reservation } = await h.scenario.createReservation({
      mealDate: futureLocal(2, '19:00'),
      partySize: 2,
    });
    const path = `/v1/reservations/${reservation.reservationUuid}`;
    const onlySize = await h.api('PATCH', path, { partySize: 3 });
    expect(apiErrorSchema.parse(onlySize.body).message).toBe('"mealDate" is required');
    const extra = await h.api('PATCH', path, {
      mealDate: reservation.mealDate,
      partySize: 3,
      status: 'CANCELED',
    });
    expect(apiErrorSchema.parse(extra.body).message).toBe('"status" is not allowed');
    const missing = await h.api('PATCH', '/v1/reservations/3fa85f64-5717-4562-b3fc-2c963f66afa6', {
      mealDate: reservation.mealDate,
      partySize: 3,
    });
    expect(code(missing.body)).toBe('RESERVATION_NOT_FOUND');
  });

  it('cancels once (DOUBLE_CANCELLATION after) and refuses to cancel a seated guest', async () => {
    const { reservation } = await h.scenario.createReservation({
      mealDate: futureLocal(2, '19:00'),
      partySize: 2,
    });
    const path = `/v1/reservations/${reservation.reservationUuid}/cancel`;
    const cancelled = await h.api('PATCH', path);
    expect(cancelled.status).toBe(200);
    expect(cancelResultSchema.parse(cancelled.body).status).toBe('CANCELED');
    const again = await h.api('PATCH', path);
    expect(again.status).toBe(409);
    expect(code(again.body)).toBe('DOUBLE_CANCELLATION');
    const patch = await h.api('PATCH', `/v1/reservations/${reservation.reservationUuid}`, {
      mealDate: reservation.mealDate,
      partySize: 3,
    });
    expect(patch.status).toBe(400);

    const seated = await h.scenario.createReservation({
      mealDate: futureLocal(2, '20:00'),
      partySize: 2,
      mealStatus: 'SEATED',
    });
    const refused = await h.api(
      'PATCH',
      `/v1/reservations/${seated.reservation.reservationUuid}/cancel`,
    );
    expect(refused.status).toBe(400);
    expect(code(refused.body)).toBe('CANCELLATION_ERROR');
  });
});
