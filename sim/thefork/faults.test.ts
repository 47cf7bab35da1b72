import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ScenarioRequestError } from '../common/scenario-client-base';
import { fetchJson, startForkHarness, type ForkHarness } from './test-helpers';
import { apiErrorSchema, gatewayErrorSchema } from './wire';

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

const offers = () =>
  h.api('GET', `/v1/restaurants/${h.sim.credentials.restaurantUuid}/offers?locale=fr_FR`);

describe('TheFork fault injection and limits', () => {
  it('fails exactly the next N requests with the chosen 5xx', async () => {
    await h.token();
    await h.scenario.injectFault({ kind: 'server-errors', count: 2, status: 502 });
    const first = await offers();
    expect(first.status).toBe(502);
    expect(gatewayErrorSchema.parse(first.body).message).toContain('upstream');
    expect((await offers()).status).toBe(502);
    expect((await offers()).status).toBe(200);
    await h.scenario.injectFault({ kind: 'server-errors', count: 1, status: 500 });
    const internal = await offers();
    expect(apiErrorSchema.parse(internal.body)).toMatchObject({
      statusCode: 500,
      error: 'Internal Server Error',
    });
    const log = await h.scenario.requests();
    expect(log.filter((r) => r.injected === 'server-error').map((r) => r.status)).toEqual([
      502, 502, 500,
    ]);
  });

  it('slows answers down for the next N requests', async () => {
    await h.token();
    await h.scenario.injectFault({ kind: 'latency', ms: 250, count: 1 });
    const started = performance.now();
    expect((await offers()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
    const quick = performance.now();
    await offers();
    expect(performance.now() - quick).toBeLessThan(200);
  });

  it('answers 429 with Retry-After past the limit, and recovers in the next window', async () => {
    await h.token();
    await h.scenario.injectFault({ kind: 'rate-limit', limit: 2, windowSeconds: 60 });
    expect((await offers()).status).toBe(200);
    expect((await offers()).status).toBe(200);
    const limited = await offers();
    expect(limited.status).toBe(429);
    expect(gatewayErrorSchema.parse(limited.body)).toEqual({ message: 'API rate limit exceeded' });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get('x-ratelimit-limit-minute')).toBe('2');
    await h.scenario.advanceClock(retryAfter * 1000);
    expect((await offers()).status).toBe(200);
    await h.scenario.clearFaults();
    for (let i = 0; i < 5; i++) expect((await offers()).status).toBe(200);
  });

  it('does not rate-limit or fault the scenario API itself', async () => {
    await h.scenario.injectFault({ kind: 'server-errors', count: 5, status: 503 });
    expect((await h.scenario.faults()).serverErrors).toEqual({ remaining: 5, status: 503 });
    expect((await h.scenario.clearFaults()).serverErrors).toBeNull();
  });

  it('refuses malformed scenario requests with the reason', async () => {
    const bad = h.scenario.injectFault({ kind: 'server-errors', count: 0 });
    await expect(bad).rejects.toBeInstanceOf(ScenarioRequestError);
    await expect(bad).rejects.toThrow(/count/);
    const unknown = await fetchJson(`${h.sim.scenarioUrl}/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"kind": "meteor"',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      error: expect.stringContaining('Malformed JSON') as unknown,
    });
    await expect(h.scenario.createReservation({ mealDate: 'soon', partySize: 2 })).rejects.toThrow(
      /mealDate/,
    );
    await expect(h.scenario.reservation('nope')).rejects.toMatchObject({ status: 404 });
    expect((await fetchJson(`${h.sim.scenarioUrl}/nothing-here`)).status).toBe(404);
  });

  it('answers unknown routes like the gateway', async () => {
    const result = await h.api('GET', '/v2/reservations');
    expect(result.status).toBe(404);
    expect(gatewayErrorSchema.parse(result.body)).toEqual({
      message: 'no Route matched with those values',
    });
    const deleted = await h.api('DELETE', '/v1/reservations/3fa85f64-5717-4562-b3fc-2c963f66afa6');
    expect(deleted.status).toBe(404);
  });

  it('is deterministic per seed: same credentials and ids after reset', async () => {
    const before = await h.scenario.credentials();
    const a = await h.scenario.createReservation({
      mealDate: new Date(Date.now() + 86_400_000).toISOString(),
      partySize: 2,
    });
    await h.reset();
    const b = await h.scenario.createReservation({
      mealDate: new Date(Date.now() + 86_400_000).toISOString(),
      partySize: 2,
    });
    expect(b.reservation.reservationUuid).toBe(a.reservation.reservationUuid);
    expect(await h.scenario.credentials()).toEqual(before);
  });
});
