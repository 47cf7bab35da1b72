import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { futureLocal, startForkHarness, type ForkHarness } from './test-helpers';
import {
  apiErrorSchema,
  gatewayErrorSchema,
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

describe('POST /v1/restaurants/{id}/reservations', () => {
  it('creates a RECORDED reservation with its customer and the API channel', async () => {
    const mealDate = futureLocal(3, '20:00');
    const result = await create({
      mealDate,
      partySize: 2,
      customerNote: 'window seat',
      customer: guest(),
    });
    expect(result.status).toBe(200);
    const r = reservationWithCustomerSchema.parse(result.body);
    expect(r).toMatchObject({
      mealDate,
      partySize: 2,
      status: 'RECORDED',
      mealStatus: null,
      customerNote: 'window seat',
    });
    expect(r.customer).toMatchObject({
      email: 'ada@example.test',
      civility: 'mrs',
      optins: { restaurantNewsletter: true },
    });
    const detail = reservationDetailSchema.parse(
      (await h.api('GET', `/v1/reservations/${r.reservationUuid}`)).body,
    );
    expect(detail.reservationChannel).toBe('TheFork Manager API');
    expect(detail.customerUuid).toBe(r.customer?.customerUuid);
    expect(detail.createdAt).toBe(detail.updatedAt);
  });

  it('books an offer and shows its details on the reservation', async () => {
    const offers = (
      await h.api('GET', `/v1/restaurants/${h.sim.credentials.restaurantUuid}/offers?locale=en_GB`)
    ).body as { uuid: string; name: string }[];
    const tasting = offers.find((o) => o.name === 'Tasting menu');
    const lunch = await create({
      mealDate: futureLocal(3, '12:30'),
      partySize: 2,
      offerUuid: tasting?.uuid,
      customer: guest(),
    });
    expect(code(lunch.body)).toBe('DOUBLE_BOOKING');
    const dinner = reservationWithCustomerSchema.parse(
      (
        await create({
          mealDate: futureLocal(3, '20:30'),
          partySize: 2,
          offerUuid: tasting?.uuid,
          customer: guest(),
        })
      ).body,
    );
    const detail = reservationDetailSchema.parse(
      (await h.api('GET', `/v1/reservations/${dinner.reservationUuid}`)).body,
    );
    expect(detail.offerDetails).toEqual({
      offerType: 'presetMenu',
      name: { fr_FR: 'Menu dégustation', en_GB: 'Tasting menu' },
      discountPercentage: null,
      presetMenuType: 'experience',
      price: 85,
      currency: 'EUR',
    });
  });

  it('creates large parties as REQUESTED (waiting for the restaurant)', async () => {
    const result = await create({
      mealDate: futureLocal(3, '19:30'),
      partySize: 10,
      customer: guest(),
    });
    expect(reservationWithCustomerSchema.parse(result.body).status).toBe('REQUESTED');
  });

  it('stores hostile-looking text verbatim', async () => {
    const note = `'; DROP TABLE reservations; -- <script>alert(1)</script> ${'é'.repeat(10)}`;
    const result = await create({
      mealDate: futureLocal(4, '12:30'),
      partySize: 2,
      customerNote: note,
      customer: { ...guest(), lastName: 'O\'Brien" OR "1"="1' },
    });
    const r = reservationWithCustomerSchema.parse(result.body);
    expect(r.customerNote).toBe(note);
    expect(r.customer?.lastName).toBe('O\'Brien" OR "1"="1');
  });

  it.each([
    ['a missing partySize', { partySize: undefined }, '"partySize" is required'],
    ['a zero partySize', { partySize: 0 }, '"partySize" must be greater than 0'],
    ['a string partySize', { partySize: '4' }, '"partySize" must be a number'],
    ['a fractional partySize', { partySize: 2.5 }, '"partySize" must be an integer'],
    [
      'a non-date mealDate',
      { mealDate: 'tomorrow 8pm' },
      '"mealDate" must be in ISO 8601 date format',
    ],
    ['an unknown field', { tableId: 4 }, '"tableId" is not allowed'],
    [
      'a non-E.164 phone',
      { customer: { ...guest(), phone: '0612345678' } },
      '"customer.phone" fails to match',
    ],
    [
      'an unknown civility',
      { customer: { ...guest(), civility: 'king' } },
      '"customer.civility" must be one of',
    ],
    [
      'a bad email',
      { customer: { ...guest(), email: 'not-an-email' } },
      '"customer.email" must be a valid email',
    ],
    [
      'a too long note',
      { customerNote: 'x'.repeat(1001) },
      '"customerNote" length must be less than or equal to 1000',
    ],
    ['a non-GUID offer', { offerUuid: "1' OR '1'='1" }, '"offerUuid" must be a valid GUID'],
  ])('answers 400 for %s', async (_name, patch, message) => {
    const body = { mealDate: futureLocal(3, '20:00'), partySize: 2, customer: guest(), ...patch };
    const result = await create(body);
    expect(result.status).toBe(400);
    const error = apiErrorSchema.parse(result.body);
    expect(error).toMatchObject({ error: 'Bad Request', statusCode: 400, data: { code: '' } });
    expect(error.message).toContain(message);
  });

  it('answers malformed JSON, a wrong content type and an empty body with 4xx', async () => {
    const broken = await h.api('POST', createPath(), '{"mealDate": "2030-01-01T', {
      'content-type': 'application/json',
    });
    expect(broken.status).toBe(400);
    expect(apiErrorSchema.parse(broken.body).message).toBe('Invalid request payload JSON format');
    const text = await h.api('POST', createPath(), 'partySize=2', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    const empty = await h.api('POST', createPath());
    expect(empty.status).toBe(400);
    const list = await create([1, 2, 3]);
    expect(list.status).toBe(400);
  });

  it('refuses a body over the size limit at the gateway (413)', async () => {
    const result = await create({
      mealDate: futureLocal(3, '20:00'),
      partySize: 2,
      customerNote: 'x'.repeat(1_200_000),
    });
    expect(result.status).toBe(413);
    expect(gatewayErrorSchema.parse(result.body).message).toBe('Request size limit exceeded');
  });

  it('answers 409 DOUBLE_BOOKING for a closed time, a full slot and a guest booked twice', async () => {
    expect(
      code(
        (await create({ mealDate: futureLocal(3, '16:00'), partySize: 2, customer: guest() })).body,
      ),
    ).toBe('DOUBLE_BOOKING');
    const slot = futureLocal(5, '21:00');
    for (let i = 0; i < 4; i++) {
      await h.scenario.createReservation({ mealDate: slot, partySize: 10 });
    }
    const full = await create({ mealDate: slot, partySize: 2, customer: guest() });
    expect(full.status).toBe(409);
    expect(apiErrorSchema.parse(full.body)).toEqual({
      data: { code: 'DOUBLE_BOOKING' },
      error: 'Conflict',
      statusCode: 409,
    });
    expect(
      (await create({ mealDate: futureLocal(6, '20:00'), partySize: 2, customer: guest() })).status,
    ).toBe(200);
    const twice = await create({
      mealDate: futureLocal(6, '20:30'),
      partySize: 3,
      customer: guest('ADA@example.test'),
    });
    expect(code(twice.body)).toBe('DOUBLE_BOOKING');
  });

  it('answers 404 for an unknown restaurant and 400 for a non-GUID id', async () => {
    const unknown = await h.api(
      'POST',
      '/v1/restaurants/00000000-0000-4000-8000-000000000000/reservations',
      {
        mealDate: futureLocal(3, '20:00'),
        partySize: 2,
        customer: guest(),
      },
    );
    expect(unknown.status).toBe(404);
    expect(code(unknown.body)).toBe('Restaurant not found');
    const sql = await h.api(
      'POST',
      `/v1/restaurants/${encodeURIComponent('1; DROP TABLE x')}/reservations`,
      {},
    );
    expect(sql.status).toBe(400);
  });
});
