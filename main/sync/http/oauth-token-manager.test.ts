import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTheForkSim, type TheForkSim } from '../../../sim/thefork/server';
import { captureLogger } from '../connectors/testing/capture-logger';
import { startScriptedServer } from '../connectors/testing/scripted-server';
import { OAuthTokenManager } from './oauth-token-manager';
import { AuthenticationError, NetworkError, UnexpectedResponseError } from './platform-errors';
import { createSecretScrubber } from './secret-scrubber';
import { manualSyncTime } from './sync-time';

describe('OAuthTokenManager against the TheFork token endpoint', () => {
  let sim: TheForkSim;
  beforeAll(async () => {
    sim = await startTheForkSim({ seed: 7 });
  });
  afterAll(async () => {
    await sim.close();
  });

  const manager = (secret = sim.credentials.clientSecret, time = manualSyncTime(Date.now())) => {
    const logger = captureLogger();
    const m = new OAuthTokenManager({
      credentials: {
        tokenUrl: sim.tokenUrl,
        clientId: sim.credentials.clientId,
        clientSecret: secret,
        audience: 'https://api.thefork.io',
      },
      platform: 'thefork',
      platformName: 'TheFork',
      time,
      logger,
      scrubber: createSecretScrubber(),
    });
    return { m, time, logger };
  };

  it('reuses the 8600 s token until shortly before it expires', async () => {
    const { m, time } = manager();
    const first = await m.getToken();
    time.advance(8_600_000 - 180_000);
    expect(await m.getToken()).toBe(first);
    time.advance(90_000);
    const second = await m.getToken();
    expect(second).not.toBe(first);
    expect(m.tokenRequests()).toBe(2);
  });

  it('sends one request for many concurrent callers', async () => {
    const { m } = manager();
    const tokens = await Promise.all(Array.from({ length: 10 }, () => m.getToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(m.tokenRequests()).toBe(1);
  });

  it('refreshes once after invalidation, and ignores a stale invalidation', async () => {
    const { m } = manager();
    const old = await m.getToken();
    m.invalidate(old);
    const fresh = await Promise.all(Array.from({ length: 5 }, () => m.getToken()));
    expect(new Set(fresh).size).toBe(1);
    expect(fresh[0]).not.toBe(old);
    m.invalidate(old);
    expect(await m.getToken()).toBe(fresh[0]);
    expect(m.tokenRequests()).toBe(2);
  });

  it('reports refused credentials without ever showing the secret', async () => {
    const wrong = 'wrong-secret-0123456789';
    const { m, logger } = manager(wrong);
    const error = await m.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(/access_denied.*Check the credentials/);
    expect((error as Error).message).not.toContain(wrong);
    expect(logger.text()).not.toContain(wrong);
  });
});

describe('OAuthTokenManager against a misbehaving token endpoint', () => {
  const make = (url: string) =>
    new OAuthTokenManager({
      credentials: { tokenUrl: url, clientId: 'id', clientSecret: 'secret-123456', audience: 'a' },
      platform: 'thefork',
      platformName: 'TheFork',
      time: manualSyncTime(Date.now()),
      logger: captureLogger(),
      scrubber: createSecretScrubber(),
      timeoutMs: 300,
    });

  it('retries 5xx, then uses the answer; a missing expires_in means the documented 8600 s', async () => {
    const server = await startScriptedServer((_r, i) =>
      i === 0 ? { status: 503, body: 'down' } : { body: { access_token: 'tok-abcdefghij' } },
    );
    try {
      const m = make(`${server.url}/oauth/token`);
      expect(await m.getToken()).toBe('tok-abcdefghij');
      expect(server.requests).toHaveLength(2);
      expect(server.requests[1]?.body).toContain('grant_type=client_credentials');
      expect(server.requests[1]?.headers['content-type']).toContain('x-www-form-urlencoded');
    } finally {
      await server.close();
    }
  });

  it('refuses garbage and hangs with typed errors', async () => {
    const server = await startScriptedServer((_r, i) =>
      i === 0 ? { body: { token: 42 } } : { delayMs: 2_000, body: {} },
    );
    try {
      const m = make(`${server.url}/oauth/token`);
      await expect(m.getToken()).rejects.toBeInstanceOf(UnexpectedResponseError);
      await expect(m.getToken()).rejects.toBeInstanceOf(NetworkError);
    } finally {
      await server.close();
    }
  });
});
