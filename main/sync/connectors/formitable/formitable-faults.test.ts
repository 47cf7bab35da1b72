import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuthenticationError, CircuitOpenError } from '../../http/platform-errors';
import { localDay } from '../testing/local-times';
import { startFormSetup, type FormSetup } from '../testing/sim-connectors';

const AMS = 'Europe/Amsterdam';
const windowCalls = <T extends { path: string }>(paths: T[]): T[] =>
  paths.filter((r) => /\/booking\/\d{4}-/.test(r.path));

describe('Formitable connector under faults (simulator)', () => {
  let setup: FormSetup;
  beforeAll(async () => {
    setup = await startFormSetup();
    await setup.scenario.createBooking({
      bookingDateTime: `${localDay(1, AMS)}T19:00`,
      numberOfPeople: 2,
      silent: true,
    });
  });
  afterAll(async () => {
    expect(setup.logger.text()).not.toContain(setup.sim.credentials.apiKey);
    await setup.close();
  });
  beforeEach(async () => {
    await setup.scenario.clearFaults();
    await setup.scenario.clearRequests();
  });

  it('honours the text/plain 429 and its Retry-After while polling', async () => {
    const connector = setup.build();
    await setup.scenario.injectFault({ kind: 'rate-limit', limit: 1, windowSeconds: 1 });
    const { now } = await setup.scenario.clock();
    await setup.scenario.advanceClock(1_000 - (Date.parse(now) % 1_000) + 5);
    await setup.scenario.clearRequests();
    const result = await connector.pullChanges({ since: 0 });
    expect(result.reservations).toHaveLength(1);
    const log = await setup.scenario.requests();
    expect(log.map((r) => r.status)).toEqual([200, 429, 200]);
    expect(Date.parse(log[2]?.at ?? '') - Date.parse(log[1]?.at ?? '')).toBeGreaterThanOrEqual(900);
  });

  it('rides out a 5xx burst and a slow answer on the window poll', async () => {
    const connector = setup.build({
      policy: { timeoutMs: 250, maxAttempts: 3, backoff: { baseMs: 1, capMs: 5 } },
    });
    await setup.scenario.injectFault({ kind: 'server-errors', count: 2, status: 502 });
    expect((await connector.pullChanges({ since: 0 })).reservations).toHaveLength(1);
    expect(windowCalls(await setup.scenario.requests()).map((r) => r.status)).toEqual([
      502, 502, 200, 200,
    ]);
    await setup.scenario.injectFault({ kind: 'latency', ms: 700, count: 1 });
    expect((await connector.pullChanges({ since: 0 })).reservations).toHaveLength(1);
  });

  it('opens its circuit after repeated failures', async () => {
    const connector = setup.build({
      breaker: { failureThreshold: 2, openMs: 60_000 },
      policy: { maxAttempts: 1, timeoutMs: 1_000, backoff: { baseMs: 1, capMs: 1 } },
    });
    await setup.scenario.injectFault({ kind: 'server-errors', count: 2, status: 500 });
    await expect(connector.pullChanges({ since: 0 })).rejects.toThrow(/problem on its side/);
    await expect(connector.pullChanges({ since: 0 })).rejects.toThrow(/problem on its side/);
    await expect(connector.authenticate()).rejects.toBeInstanceOf(CircuitOpenError);
    expect(connector.health().circuit).toBe('open');
  });

  it('reports a wrong API key without showing it', async () => {
    const wrong = 'deadbeefdeadbeefdeadbeef00000000';
    const connector = setup.build({ apiKey: wrong });
    const error = await connector.authenticate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(/does not accept the API key/);
    expect((error as Error).message).not.toContain(wrong);
    expect(setup.logger.text()).not.toContain(wrong);
  });
});
