import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyStandardWebhook } from '../common/standard-webhooks';
import { amsterdamDay, startFormHarness, type FormHarness } from './test-helpers';
import { notificationSchema } from './wire';

let h: FormHarness;
beforeAll(async () => {
  h = await startFormHarness();
});
beforeEach(async () => {
  await h.reset();
  h.relay.respond = () => ({ status: 204 });
});
afterAll(async () => {
  expect(h.errors).toEqual([]);
  await h.close();
});

const headerOf = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

describe('Formitable poll-now notifications (Standard Webhooks)', () => {
  it('signs each notification with the whsec_ secret over id.timestamp.body', async () => {
    const { booking } = await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(1)}T19:00`,
      numberOfPeople: 2,
    });
    const [hit] = await h.relay.waitFor(1);
    expect(hit?.url).toBe('/hooks/tenant-1/formitable');
    const headers = {
      id: headerOf(hit?.headers['webhook-id']),
      timestamp: headerOf(hit?.headers['webhook-timestamp']),
      signature: headerOf(hit?.headers['webhook-signature']),
    };
    expect(headers.id).toMatch(/^msg_/);
    expect(headers.signature).toMatch(/^v1,/);
    const now = Math.floor(Date.now() / 1000);
    expect(
      verifyStandardWebhook(h.sim.credentials.webhookSecret, headers, hit?.body ?? '', now),
    ).toEqual({ ok: true });
    expect(
      verifyStandardWebhook(h.sim.credentials.webhookSecret, headers, `${hit?.body ?? ''} `, now)
        .ok,
    ).toBe(false);
    expect(notificationSchema.parse(JSON.parse(hit?.body ?? ''))).toMatchObject({
      type: 'booking.changed',
      data: { restaurantUid: h.sim.credentials.restaurantUid, bookingUid: booking.uid },
    });
  });

  it('notifies API changes too, keeps the webhook-id across retries and re-signs each attempt', async () => {
    h.relay.respond = (_req, index) => ({ status: index === 0 ? 502 : 200 });
    const created = await h.api('POST', '/booking', {
      bookingDateTime: `${amsterdamDay(1)}T12:00`,
      numberOfPeople: 2,
    });
    expect(created.status).toBe(200);
    const [first, second] = await h.relay.waitFor(2);
    expect(first?.headers['webhook-id']).toBe(second?.headers['webhook-id']);
    expect(first?.body).toBe(second?.body);
    const now = Math.floor(Date.now() / 1000);
    for (const hit of [first, second]) {
      const headers = {
        id: headerOf(hit?.headers['webhook-id']),
        timestamp: headerOf(hit?.headers['webhook-timestamp']),
        signature: headerOf(hit?.headers['webhook-signature']),
      };
      expect(
        verifyStandardWebhook(h.sim.credentials.webhookSecret, headers, hit?.body ?? '', now).ok,
      ).toBe(true);
    }
  });

  it('stops on 410 Gone, drops on the fault, and stays quiet for silent changes', async () => {
    h.relay.respond = () => ({ status: 410 });
    await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(1)}T19:00`,
      numberOfPeople: 2,
    });
    await h.scenario.drainWebhooks();
    expect((await h.scenario.webhooks()).deliveries.at(-1)).toMatchObject({
      state: 'gone',
      attempts: [{ status: 410 }],
    });
    h.relay.respond = () => ({ status: 200 });
    await h.scenario.injectFault({ kind: 'drop-webhooks', count: 1 });
    const { booking } = await h.scenario.createBooking({
      bookingDateTime: `${amsterdamDay(1)}T20:00`,
      numberOfPeople: 2,
    });
    await h.scenario.updateBooking(booking.uid, { comments: 'quiet', silent: true });
    await h.scenario.toggleCheckIn(booking.uid);
    await h.scenario.drainWebhooks();
    const states = (await h.scenario.webhooks()).deliveries.map((d) => d.state);
    expect(states).toEqual(['gone', 'dropped', 'delivered']);
  });
});
