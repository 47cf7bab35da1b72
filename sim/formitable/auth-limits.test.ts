import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchJson } from '../common/testing/fetch-json';
import { startFormHarness, type FormHarness } from './test-helpers';
import { problemSchema } from './wire';

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

describe('Formitable ApiKey authentication', () => {
  it('refuses a missing or wrong ApiKey with 401', async () => {
    const missing = await h.raw('GET', `/${h.sim.credentials.restaurantUid}/tables`);
    expect(missing.status).toBe(401);
    expect(problemSchema.parse(missing.body).title).toBe('Unauthorized');
    const wrong = await h.raw('GET', `/${h.sim.credentials.restaurantUid}/tables`, {
      headers: { ApiKey: `${h.sim.credentials.apiKey}x` },
    });
    expect(wrong.status).toBe(401);
    const bearer = await h.raw('GET', `/${h.sim.credentials.restaurantUid}/tables`, {
      headers: { authorization: `Bearer ${h.sim.credentials.apiKey}` },
    });
    expect(bearer.status).toBe(401);
  });

  it('forbids another restaurant with the same key', async () => {
    const other = await h.raw('GET', '/0badf00d/tables', {
      headers: { ApiKey: h.sim.credentials.apiKey },
    });
    expect(other.status).toBe(403);
  });

  it('has no tokens to expire', async () => {
    await expect(h.scenario.injectFault({ kind: 'expire-tokens' })).rejects.toMatchObject({
      status: 400,
    });
  });

  it('answers other API versions and unknown paths like ASP.NET', async () => {
    const v1 = await fetchJson(`${h.sim.url}/api/v1.1/restaurants`, {
      headers: { ApiKey: h.sim.credentials.apiKey },
    });
    expect(v1.status).toBe(400);
    expect(v1.body).toMatchObject({ error: { code: 'UnsupportedApiVersion' } });
    const nowhere = await h.api('GET', '/booking/latest/15/all/extra');
    expect(nowhere.status).toBe(404);
    expect(nowhere.text).toBe('');
  });
});

describe('Formitable limits and faults', () => {
  it('answers 429 with Retry-After and a quota message past the limit', async () => {
    await h.scenario.injectFault({ kind: 'rate-limit', limit: 3, windowSeconds: 60 });
    for (let i = 0; i < 3; i++) expect((await h.api('GET', '/tables')).status).toBe(200);
    const limited = await h.api('GET', '/tables');
    expect(limited.status).toBe(429);
    expect(limited.text).toBe('API calls quota exceeded! maximum admitted 3 per 1m.');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    await h.scenario.advanceClock(retryAfter * 1000);
    expect((await h.api('GET', '/tables')).status).toBe(200);
  });

  it('injects 5xx bursts (proxy text for 503, ProblemDetails for 500) and latency', async () => {
    await h.scenario.injectFault({ kind: 'server-errors', count: 1, status: 503 });
    const unavailable = await h.api('GET', '/tables');
    expect([unavailable.status, unavailable.text]).toEqual([503, 'Service Unavailable']);
    await h.scenario.injectFault({ kind: 'server-errors', count: 1, status: 500 });
    expect(problemSchema.parse((await h.api('GET', '/tables')).body).status).toBe(500);
    expect((await h.api('GET', '/tables')).status).toBe(200);
    await h.scenario.injectFault({ kind: 'latency', ms: 200 });
    const started = performance.now();
    await h.api('GET', '/tables');
    await h.api('GET', '/tables');
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    await h.scenario.clearFaults();
  });

  it('logs platform requests for assertions (e.g. a toggle called once)', async () => {
    const { booking } = await h.scenario.createBooking({
      bookingDateTime: '2030-06-01T19:00',
      numberOfPeople: 2,
    });
    await h.api('PUT', `/booking/checkin/${booking.uid}`);
    const checkins = (await h.scenario.requests()).filter((r) =>
      r.path.includes('/booking/checkin/'),
    );
    expect(checkins).toHaveLength(1);
    expect(checkins[0]).toMatchObject({ method: 'PUT', status: 200 });
  });
});
