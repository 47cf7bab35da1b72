import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { futureLocal, startForkHarness, type ForkHarness } from './test-helpers';
import { webhookPayloadSchema } from './wire';

let h: ForkHarness;
beforeAll(async () => {
  h = await startForkHarness();
});
beforeEach(async () => {
  await h.reset();
  h.relay.respond = () => ({ status: 200 });
});
afterAll(async () => {
  expect(h.errors).toEqual([]);
  await h.close();
});

const bodies = () => h.relay.received.map((r) => webhookPayloadSchema.parse(JSON.parse(r.body)));

describe('TheFork webhooks', () => {
  it('POSTs thin JSON to the relay URL carrying the secret token, no signature header', async () => {
    const { reservation, customer } = await h.scenario.createReservation({
      mealDate: futureLocal(2, '19:00'),
      partySize: 2,
      customer: { email: 'eve@example.test', firstName: 'Eve', lastName: 'Adams' },
    });
    const [first, second] = await h.relay.waitFor(2);
    const { webhookToken, groupUuid, restaurantUuid } = h.sim.credentials;
    expect(first?.method).toBe('POST');
    expect(first?.url).toBe(`/hooks/tenant-1/thefork?token=${webhookToken}`);
    expect(first?.headers['content-type']).toBe('application/json');
    expect(Object.keys(first?.headers ?? {}).filter((k) => k.includes('signature'))).toEqual([]);
    expect(first?.body).toBe(
      JSON.stringify({
        entityType: 'customer',
        eventType: 'customerCreated',
        uuid: customer?.customerUuid,
        groupUuid,
      }),
    );
    expect(second?.body).toBe(
      JSON.stringify({
        entityType: 'reservation',
        eventType: 'reservationCreated',
        uuid: reservation.reservationUuid,
        groupUuid,
        restaurantUuid,
      }),
    );
  });

  it('sends reservationUpdated for changes and cancellations, customerUpdated for guests', async () => {
    const { reservation, customer } = await h.scenario.createReservation({
      mealDate: futureLocal(2, '19:00'),
      partySize: 2,
      customer: { email: 'sam@example.test', firstName: 'Sam', lastName: 'Cole' },
    });
    await h.scenario.updateReservation(reservation.reservationUuid, {
      partySize: 3,
      mealStatus: 'ARRIVED',
    });
    await h.scenario.cancelReservation(reservation.reservationUuid);
    await h.scenario.updateCustomer(customer?.customerUuid ?? '', { lastName: 'Colette' });
    await h.relay.waitFor(5);
    expect(bodies().map((b) => b.eventType)).toEqual([
      'customerCreated',
      'reservationCreated',
      'reservationUpdated',
      'reservationUpdated',
      'customerUpdated',
    ]);
  });

  it('also notifies changes made through the API, and none for silent or no-op changes', async () => {
    const token = await h.token();
    expect(token.length).toBeGreaterThan(0);
    const { reservation } = await h.scenario.createReservation({
      mealDate: futureLocal(2, '19:00'),
      partySize: 2,
      silent: true,
    });
    await h.scenario.updateReservation(reservation.reservationUuid, { partySize: 2 });
    await h.scenario.updateReservation(reservation.reservationUuid, { partySize: 5, silent: true });
    await h.api('PATCH', `/v1/reservations/${reservation.reservationUuid}/cancel`);
    const [only] = await h.relay.waitFor(1);
    expect(JSON.parse(only?.body ?? '')).toMatchObject({
      eventType: 'reservationUpdated',
      uuid: reservation.reservationUuid,
    });
    expect(await h.scenario.drainWebhooks()).toBe(true);
    expect(h.relay.received).toHaveLength(1);
  });

  it('retries a failed delivery with the same body, then gives up', async () => {
    h.relay.respond = (_req, index) => ({ status: index === 0 ? 503 : 200 });
    await h.scenario.createReservation({ mealDate: futureLocal(2, '19:00'), partySize: 2 });
    const [a, b] = await h.relay.waitFor(2);
    expect(a?.body).toBe(b?.body);
    await h.scenario.drainWebhooks();
    const { deliveries } = await h.scenario.webhooks();
    expect(deliveries[0]).toMatchObject({
      state: 'delivered',
      attempts: [{ status: 503 }, { status: 200 }],
    });

    h.relay.respond = () => ({ status: 500 });
    await h.scenario.createReservation({ mealDate: futureLocal(3, '19:00'), partySize: 2 });
    await h.scenario.drainWebhooks();
    const last = (await h.scenario.webhooks()).deliveries.at(-1);
    expect(last?.state).toBe('failed');
    expect(last?.attempts).toHaveLength(3);
  });

  it('drops the next N webhooks on the drop-webhooks fault', async () => {
    await h.scenario.injectFault({ kind: 'drop-webhooks', count: 1 });
    const a = await h.scenario.createReservation({
      mealDate: futureLocal(2, '19:00'),
      partySize: 2,
    });
    const b = await h.scenario.createReservation({
      mealDate: futureLocal(2, '19:30'),
      partySize: 2,
    });
    await h.relay.waitFor(1);
    await h.scenario.drainWebhooks();
    expect(bodies().map((x) => x.uuid)).toEqual([b.reservation.reservationUuid]);
    const { deliveries } = await h.scenario.webhooks();
    expect(deliveries.map((d) => d.state)).toEqual(['dropped', 'delivered']);
    expect(JSON.parse(deliveries[0]?.body ?? '{}')).toMatchObject({
      uuid: a.reservation.reservationUuid,
    });
  });

  it('keeps a relay-supplied token and records events when no relay is set', async () => {
    await h.scenario.setWebhookTarget(`${h.relay.url}/hooks/t/thefork?token=chosen-by-us`);
    expect((await h.scenario.credentials()).webhookToken).toBe('chosen-by-us');
    await h.scenario.createReservation({ mealDate: futureLocal(2, '19:00'), partySize: 2 });
    const [hit] = await h.relay.waitFor(1);
    expect(hit?.url).toBe('/hooks/t/thefork?token=chosen-by-us');
    await h.scenario.setWebhookTarget(null);
    await h.scenario.createReservation({ mealDate: futureLocal(2, '20:00'), partySize: 2 });
    expect((await h.scenario.webhooks()).deliveries.at(-1)?.state).toBe('no-target');
    await h.scenario.setWebhookTarget(`${h.relay.url}/hooks/tenant-1/thefork`);
  });
});
