import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { captureLogger } from '../connectors/testing/capture-logger';
import { startScriptedServer, type ScriptedServer } from '../connectors/testing/scripted-server';
import {
  AuthenticationError,
  CircuitOpenError,
  NetworkError,
  RateLimitedError,
  ServerError,
  UnexpectedResponseError,
  ValidationError,
} from './platform-errors';
import { createPlatformStack } from './platform-stack';
import type { RequestAuth } from './platform-http';
import { createSecretScrubber } from './secret-scrubber';
import { systemSyncTime } from './sync-time';

const SECRET = 'key-0123456789abcdef';
const Thing = z.object({ id: z.string(), count: z.int() });

function stack(server: ScriptedServer, auth?: RequestAuth, breakerThreshold = 50) {
  const logger = captureLogger();
  const scrubber = createSecretScrubber([SECRET]);
  const s = createPlatformStack({
    platform: 'demo',
    platformName: 'Demo',
    baseUrl: `${server.url}/api`,
    auth: auth ?? { headers: async () => ({ ApiKey: SECRET }) },
    classifyError: (failure, context) =>
      new ValidationError(context, failure.text.length > 0 ? failure.text : 'bad request'),
    rateLimit: { capacity: 50, refillPerSecond: 500 },
    policy: {
      timeoutMs: 300,
      maxAttempts: 3,
      backoff: { baseMs: 5, capMs: 20 },
      maxRateLimitWaitMs: 2_000,
      maxRateLimitRetries: 2,
      defaultRetryAfterMs: 50,
      maxResponseBytes: 64 * 1024,
    },
    breaker: { failureThreshold: breakerThreshold, openMs: 200 },
    time: systemSyncTime(),
    logger,
    scrubber,
  });
  return { ...s, lines: logger };
}

const get = { method: 'GET', path: '/things/1', operation: 'GET /things/{id}' } as const;
const post = {
  method: 'POST',
  path: '/things',
  operation: 'POST /things',
  json: { a: 1 },
} as const;

describe('PlatformHttp', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer();
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
  });

  it('sends the auth header and validates the answer', async () => {
    server.handle = () => ({ body: { id: 'a', count: 2, extra: true } });
    const { http } = stack(server);
    expect(await http.json(get, Thing)).toEqual({ id: 'a', count: 2 });
    expect(server.requests[0]?.headers.apikey).toBe(SECRET);
    expect(server.requests[0]?.url).toBe('/api/things/1');
  });

  it('retries an idempotent call through a 5xx burst, with backoff', async () => {
    server.handle = (_r, i) =>
      i < 2 ? { status: 503, body: 'busy' } : { body: { id: 'a', count: 1 } };
    const { http, lines } = stack(server);
    expect((await http.json(get, Thing)).id).toBe('a');
    expect(server.requests).toHaveLength(3);
    expect(lines.lines.filter((l) => l.level === 'warn')).toHaveLength(2);
  });

  it('never retries a create on 5xx, and says its outcome is unknown', async () => {
    server.handle = () => ({ status: 502, body: 'bad gateway' });
    const { http } = stack(server);
    const error = await http.json(post, Thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).outcomeUnknown).toBe(true);
    expect((error as Error).message).toMatch(/may or may not have reached Demo/);
    expect(server.requests).toHaveLength(1);
  });

  it('gives up after the last attempt with a ServerError', async () => {
    server.handle = () => ({ status: 500, body: '' });
    const { http } = stack(server);
    const error = await http.json(get, Thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).outcomeUnknown).toBe(false);
    expect(server.requests).toHaveLength(3);
  });

  it('honours Retry-After as an HTTP date, then succeeds', async () => {
    server.handle = (_r, i) =>
      i === 0
        ? {
            status: 429,
            headers: { 'retry-after': new Date(Date.now() + 2_000).toUTCString() },
            body: 'slow down',
          }
        : { body: { id: 'a', count: 1 } };
    const { http, bucket } = stack(server);
    await http.json(post, Thing);
    expect(server.requests).toHaveLength(2);
    const gap = (server.requests[1]?.at ?? 0) - (server.requests[0]?.at ?? 0);
    // The date is 1 to 2 s ahead (HTTP dates have one-second resolution): no call before it.
    expect(gap).toBeGreaterThanOrEqual(900);
    expect(bucket.pausedForMs()).toBe(0);
  });

  it('throws RateLimitedError when the platform asks for a longer wait than allowed', async () => {
    server.handle = () => ({ status: 429, headers: { 'retry-after': '120' }, body: '' });
    const { http, bucket } = stack(server);
    const error = await http.json(get, Thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(120_000);
    expect(bucket.pausedForMs()).toBeGreaterThan(100_000);
    // The pause holds back the next call without touching the network.
    await expect(http.json(get, Thing)).rejects.toBeInstanceOf(RateLimitedError);
    expect(server.requests).toHaveLength(1);
  });

  it('refreshes credentials once on 401, then fails with AuthenticationError', async () => {
    let generation = 0;
    const auth: RequestAuth = {
      headers: async () => ({ authorization: `Bearer tok-${generation}-abcdefgh` }),
      refreshAfterUnauthorized: async () => {
        generation += 1;
        return true;
      },
    };
    server.handle = (r) =>
      r.headers.authorization === 'Bearer tok-1-abcdefgh'
        ? { body: { id: 'b', count: 0 } }
        : { status: 401, body: '' };
    expect((await stack(server, auth).http.json(get, Thing)).id).toBe('b');
    expect(server.requests).toHaveLength(2);

    server.handle = () => ({ status: 401, body: '' });
    server.requests.length = 0;
    const error = await stack(server, auth)
      .http.json(get, Thing)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(2);
  });

  it('turns a slow answer into a NetworkError timeout after retries', async () => {
    server.handle = () => ({ delayMs: 1_000, body: { id: 'a', count: 1 } });
    const started = Date.now();
    const error = await stack(server)
      .http.json(get, Thing)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).kind).toBe('timeout');
    expect((error as Error).message).toMatch(/no answer within 1 s/);
    expect(server.requests).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('reports a refused connection as NetworkError', async () => {
    const closed = await startScriptedServer();
    await closed.close();
    const error = await stack(closed)
      .http.json(get, Thing)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).kind).toBe('connection');
  });

  it('treats a dropped connection like a network failure', async () => {
    server.handle = (_r, i) => (i === 0 ? { hangUp: true } : { body: { id: 'c', count: 3 } });
    expect((await stack(server).http.json(get, Thing)).id).toBe('c');
  });

  it('refuses answers that are not JSON, of the wrong shape, or too large', async () => {
    const { http } = stack(server);
    server.handle = () => ({ body: '<html>Gateway</html>' });
    await expect(http.json(get, Thing)).rejects.toThrow(/not JSON/);
    server.handle = () => ({ body: { id: 42, count: 'many' } });
    const shape = await http.json(get, Thing).catch((e: unknown) => e);
    expect(shape).toBeInstanceOf(UnexpectedResponseError);
    expect((shape as Error).message).toMatch(/id: .*count: /);
    expect((shape as Error).message).not.toContain('many');
    server.handle = () => ({ body: { id: 'x'.repeat(200_000), count: 1 } });
    await expect(http.json(get, Thing)).rejects.toThrow(/larger than 65536 bytes/);
    server.handle = () => ({ body: '{"id": "a", "count": 1' });
    await expect(http.json(get, Thing)).rejects.toBeInstanceOf(UnexpectedResponseError);
  });

  it('opens the circuit after repeated failures, refuses fast, and recovers through a probe', async () => {
    server.handle = () => ({ status: 503, body: '' });
    const { http, breaker } = stack(server, undefined, 3);
    await expect(http.json(get, Thing)).rejects.toBeInstanceOf(ServerError);
    expect(breaker.state()).toBe('open');
    const count = server.requests.length;
    const refused = await http.json(get, Thing).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CircuitOpenError);
    expect((refused as Error).message).toMatch(/paused for 1 s after repeated failures/);
    expect(server.requests).toHaveLength(count);
    await new Promise((r) => setTimeout(r, 220));
    server.handle = () => ({ body: { id: 'ok', count: 1 } });
    expect((await http.json(get, Thing)).id).toBe('ok');
    expect(breaker.state()).toBe('closed');
  });

  it('keeps secrets out of errors and logs, even when the platform echoes them', async () => {
    server.handle = (r) => ({ status: 400, body: `bad key ${String(r.headers.apikey)}` });
    const { http, lines } = stack(server);
    const error = await http.json(post, Thing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('[redacted]');
    expect((error as Error).message).not.toContain(SECRET);
    server.handle = () => ({ status: 503, body: SECRET });
    await http.json(get, Thing).catch(() => undefined);
    expect(lines.text()).not.toContain(SECRET);
    expect(lines.lines.length).toBeGreaterThan(0);
  });
});
