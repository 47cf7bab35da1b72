import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CircuitOpenError,
  NetworkError,
  RateLimitedError,
  ServerError,
} from '../../http/platform-errors';
import { localInstant } from '../testing/local-times';
import { startForkSetup, type ForkSetup } from '../testing/sim-connectors';

const PARIS = 'Europe/Paris';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('TheFork connector under faults (simulator)', () => {
  let setup: ForkSetup;
  let reservationId: string;
  const errors: Error[] = [];
  const keep = (e: unknown): unknown => {
    if (e instanceof Error) errors.push(e);
    return e;
  };

  beforeAll(async () => {
    setup = await startForkSetup();
    const made = await setup.scenario.createReservation({
      mealDate: new Date(localInstant(3, '19:00', PARIS)).toISOString(),
      partySize: 2,
      silent: true,
    });
    reservationId = made.reservation.reservationUuid;
  });
  afterAll(async () => {
    // Nothing the connectors logged or threw carries a credential or a token.
    const connector = setup.build();
    const token = await connector.tokens.getToken();
    const texts = [setup.logger.text(), ...errors.map((e) => `${e.message} ${String(e.cause)}`)];
    for (const text of texts) {
      expect(text).not.toContain(setup.sim.credentials.clientSecret);
      expect(text).not.toContain(token);
    }
    expect(setup.logger.lines.length).toBeGreaterThan(10);
    await setup.close();
  });
  beforeEach(async () => {
    await setup.scenario.clearFaults();
    await setup.scenario.clearRequests();
  });

  it('honours 429 and Retry-After, then carries on', async () => {
    const connector = setup.build();
    await connector.fetchReservation(reservationId);
    await setup.scenario.injectFault({ kind: 'rate-limit', limit: 2, windowSeconds: 1 });
    // Start at the beginning of the simulator's fixed window, so the calls share one window.
    const { now } = await setup.scenario.clock();
    await setup.scenario.advanceClock(1_000 - (Date.parse(now) % 1_000) + 5);
    await setup.scenario.clearRequests();
    for (let i = 0; i < 4; i++) {
      expect((await connector.fetchReservation(reservationId)).externalId).toBe(reservationId);
    }
    const log = await setup.scenario.requests();
    const limited = log.flatMap((r, i) => (r.injected === 'rate-limit' ? [i] : []));
    expect(limited.length).toBeGreaterThanOrEqual(1);
    for (const i of limited) {
      const next = log[i + 1];
      expect(next?.status).toBe(200);
      // Retry-After was at least 1 s: nothing was sent before it passed.
      expect(Date.parse(next?.at ?? '') - Date.parse(log[i]?.at ?? '')).toBeGreaterThanOrEqual(900);
    }
    expect(log.filter((r) => r.status === 200)).toHaveLength(4);
  });

  it('gives RateLimitedError when TheFork asks for a longer wait, and holds later calls', async () => {
    const connector = setup.build();
    await connector.authenticate();
    await setup.scenario.injectFault({ kind: 'rate-limit', limit: 1, windowSeconds: 3600 });
    await connector.fetchReservation(reservationId).catch(() => undefined);
    const error = await connector.fetchReservation(reservationId).catch(keep);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBeGreaterThan(3_000);
    expect((error as Error).message).toMatch(/asks us to slow down/);
    expect(connector.health().rateLimitedForMs).toBeGreaterThan(3_000);
    await setup.scenario.clearRequests();
    await expect(connector.fetchReservation(reservationId)).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    expect(await setup.scenario.requests()).toEqual([]);
  });

  it('rides out a 5xx burst on reads', async () => {
    const connector = setup.build();
    await connector.authenticate();
    await setup.scenario.clearRequests();
    await setup.scenario.injectFault({ kind: 'server-errors', count: 2, status: 503 });
    expect((await connector.fetchReservation(reservationId)).externalId).toBe(reservationId);
    const log = await setup.scenario.requests();
    expect(log.map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('never retries a create after a 5xx: the error says the outcome is unknown', async () => {
    const connector = setup.build();
    await connector.authenticate();
    const before = (await setup.scenario.reservations()).length;
    await setup.scenario.clearRequests();
    await setup.scenario.injectFault({ kind: 'server-errors', count: 1, status: 502 });
    const error = await connector
      .createReservation({
        localId: 'res-5xx',
        status: 'confirmed',
        startsAt: localInstant(3, '20:00', PARIS),
        partySize: 2,
        guest: { name: 'Five Hundred', email: 'five@example.com' },
        tableIds: [],
      })
      .catch(keep);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).outcomeUnknown).toBe(true);
    const posts = (await setup.scenario.requests()).filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect((await setup.scenario.reservations()).length).toBe(before);
  });

  it('recovers from tokens expiring mid-run with one refresh for concurrent callers', async () => {
    const connector = setup.build();
    await connector.fetchReservation(reservationId);
    expect(connector.tokens.tokenRequests()).toBe(1);
    await setup.scenario.injectFault({ kind: 'expire-tokens' });
    await connector.fetchReservation(reservationId);
    expect(connector.tokens.tokenRequests()).toBe(2);
    await setup.scenario.injectFault({ kind: 'expire-tokens' });
    const results = await Promise.all(
      Array.from({ length: 5 }, () => connector.fetchReservation(reservationId)),
    );
    expect(results.every((r) => r.externalId === reservationId)).toBe(true);
    expect(connector.tokens.tokenRequests()).toBe(3);
  });

  it('opens the circuit after repeated failures and recovers through a probe', async () => {
    const connector = setup.build({
      breaker: { failureThreshold: 3, openMs: 300 },
      policy: { timeoutMs: 1_500, maxAttempts: 1, backoff: { baseMs: 1, capMs: 1 } },
    });
    await connector.authenticate();
    await setup.scenario.injectFault({ kind: 'server-errors', count: 3, status: 500 });
    for (let i = 0; i < 3; i++) {
      await expect(connector.fetchReservation(reservationId)).rejects.toBeInstanceOf(ServerError);
    }
    expect(connector.health().circuit).toBe('open');
    await setup.scenario.clearRequests();
    await expect(connector.fetchReservation(reservationId).catch(keep)).resolves.toBeInstanceOf(
      CircuitOpenError,
    );
    expect(await setup.scenario.requests()).toEqual([]);
    await sleep(320);
    await setup.scenario.injectFault({ kind: 'server-errors', count: 1, status: 503 });
    await expect(connector.fetchReservation(reservationId)).rejects.toBeInstanceOf(ServerError);
    expect(connector.health().circuit).toBe('open');
    await sleep(320);
    expect((await connector.fetchReservation(reservationId)).externalId).toBe(reservationId);
    expect(connector.health().circuit).toBe('closed');
  });

  it('times out slow answers: reads are retried, creates are not', async () => {
    const connector = setup.build({
      policy: { timeoutMs: 250, maxAttempts: 3, backoff: { baseMs: 1, capMs: 5 } },
    });
    await connector.authenticate();
    await setup.scenario.injectFault({ kind: 'latency', ms: 700, count: 1 });
    expect((await connector.fetchReservation(reservationId)).externalId).toBe(reservationId);
    await setup.scenario.injectFault({ kind: 'latency', ms: 700, count: 1 });
    const error = await connector
      .createReservation({
        localId: 'res-slow',
        status: 'confirmed',
        startsAt: localInstant(4, '20:00', PARIS),
        partySize: 2,
        guest: { name: 'Slow Poke', email: 'slow@example.com' },
        tableIds: [],
      })
      .catch(keep);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).kind).toBe('timeout');
    expect((error as NetworkError).outcomeUnknown).toBe(true);
    await sleep(600);
    const posts = (await setup.scenario.requests()).filter((r) => r.method === 'POST');
    expect(posts.length).toBeLessThanOrEqual(1);
  });

  it('reports wrong credentials as AuthenticationError', async () => {
    const connector = setup.build({
      credentials: { clientId: setup.sim.credentials.clientId, clientSecret: 'not-the-secret-xyz' },
    });
    const error = await connector.authenticate().catch(keep);
    expect((error as Error).name).toBe('AuthenticationError');
    expect((error as Error).message).not.toContain('not-the-secret-xyz');
  });
});
