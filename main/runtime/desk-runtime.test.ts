import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestRelay, useTestDb, type TestRelay } from '../../relay/testing/test-relay';
import { createTenantWithEndpoints, newEnrolmentCode } from '../../relay/tenants/admin-commands';
import type { DeskDatabase } from '../../shared/store/create-desk-database';
import { createDeskRepositories } from '../../shared/store/desk-repositories';
import { openTestDatabase } from '../../shared/store/testing/test-database';
import { SetupRefusal } from '../desk/desk-services';
import { createKeyFileSecretBox } from '../secret-box/key-file-secret-box';
import { captureLogger } from '../sync/connectors/testing/capture-logger';
import { createDeskRuntime, type DeskRuntime } from './desk-runtime';
import { SETUP_FILE_NAME, readSetupFile } from './setup-file';

/** The desk's runtime on a temp data folder, a memory database and a real relay (PGlite). */
describe('desk runtime', () => {
  const { db: relayDb } = useTestDb('pglite');
  let relay: TestRelay;
  let tenantId: string;
  let closedPortUrl: string;
  const open: { runtime: DeskRuntime; db: DeskDatabase }[] = [];
  const dirs: string[] = [];

  const newDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'couvert-runtime-'));
    dirs.push(dir);
    return dir;
  };

  const startRuntime = async (dataDir: string) => {
    const db = await openTestDatabase();
    const log = captureLogger();
    const runtime = createDeskRuntime({
      dataDir,
      db,
      repos: createDeskRepositories(db, {
        clock: { now: () => new Date() },
        newId: () => crypto.randomUUID(),
      }),
      connectorFor: () => Promise.reject(new Error('no platform in this test')),
      secretBox: await createKeyFileSecretBox(dataDir),
      log,
      now: () => Date.now(),
      simulated: false,
      syncEnabled: true,
      leaseTtlMs: 1_500,
      relayRetryMs: 200,
    });
    open.push({ runtime, db });
    await runtime.start();
    return { runtime, db, log };
  };

  const refusalOf = async (promise: Promise<unknown>): Promise<string> => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SetupRefusal);
    return (error as Error).message;
  };

  const eventually = async <T>(probe: () => Promise<T | undefined>, what: string): Promise<T> => {
    const until = Date.now() + 8_000;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const newCode = async () => (await newEnrolmentCode(relayDb(), tenantId, 60_000)).code;

  beforeAll(async () => {
    relay = await startTestRelay(relayDb());
    const tenant = await createTenantWithEndpoints(relayDb(), {
      name: 'Runtime bistro',
      publicUrl: relay.url,
      codeTtlMs: 60_000,
    });
    tenantId = tenant.tenantId;
    // A port that was free a moment ago and is closed now: nothing answers there.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    await new Promise((resolve) => server.close(resolve));
    closedPortUrl = `http://127.0.0.1:${String(address.port)}`;
  });
  afterEach(async () => {
    for (const { runtime, db } of open.splice(0)) {
      await runtime.close();
      await db.close();
    }
  });
  afterAll(async () => {
    await relay.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('starts unconfigured with sync off, and refuses "sync now" with a sentence', async () => {
    const { runtime } = await startRuntime(await newDir());
    expect(runtime.isSetUp()).toBe(false);
    expect(await runtime.setup.state()).toEqual({
      mode: 'unconfigured',
      simulated: false,
      relay: null,
      restaurantConfigured: false,
      platformsConnected: 0,
    });
    const status = await runtime.sync.status();
    expect(status).toMatchObject({ role: 'off', running: false, offline: false, waiting: 0 });
    expect(await refusalOf(runtime.sync.syncNow())).toMatch(/not set up on this desk yet/);
  });

  it('works standalone once chosen: setup.json written, engine running', async () => {
    const dir = await newDir();
    const { runtime } = await startRuntime(dir);
    const state = await runtime.setup.standalone();
    expect(state.mode).toBe('standalone');
    expect(runtime.isSetUp()).toBe(true);
    expect(await readSetupFile(dir)).toMatchObject({ version: 1, mode: 'standalone' });
    const status = await runtime.sync.status();
    expect(status).toMatchObject({ role: 'standalone', running: true });
    expect(status.relay.configured).toBe(false);
    await runtime.sync.syncNow();
    // Choosing standalone again changes nothing.
    expect((await runtime.setup.standalone()).mode).toBe('standalone');
  });

  it('restarts the engine when the first platform is configured', async () => {
    const { runtime, db, log } = await startRuntime(await newDir());
    await runtime.setup.standalone();
    const at = Date.now();
    await db.platform_configs.insert({
      id: 'thefork',
      platform: 'thefork',
      displayName: 'TheFork',
      masterFor: [],
      syncEntities: ['reservation'],
      pollIntervalSeconds: 60,
      active: false,
      createdAt: at,
      updatedAt: at,
    });
    await eventually(
      () =>
        Promise.resolve(
          log.lines.some((l) => l.message.includes('restarting the sync engine')) || undefined,
        ),
      'the engine to restart',
    );
    expect((await runtime.sync.status()).platforms.map((p) => p.platform)).toEqual(['thefork']);
  });

  it('says when the relay cannot be reached, and stays unconfigured', async () => {
    const dir = await newDir();
    const { runtime } = await startRuntime(dir);
    const message = await refusalOf(
      runtime.setup.joinRelay({ relayUrl: closedPortUrl, code: 'abcd-efgh', deviceName: 'Desk' }),
    );
    expect(message).toMatch(/could not reach the relay at http:\/\/127\.0\.0\.1:\d+/);
    expect(runtime.isSetUp()).toBe(false);
    expect(await readSetupFile(dir)).toBeNull();
  });

  it('says a wrong code is unknown, expired or already used', async () => {
    const dir = await newDir();
    const { runtime } = await startRuntime(dir);
    for (const code of ['wrong-code-1234', "' OR 1=1 --", 'x'.repeat(128)]) {
      const message = await refusalOf(
        runtime.setup.joinRelay({ relayUrl: relay.url, code, deviceName: 'Desk' }),
      );
      expect(message).toMatch(/unknown, expired or already used|refused the request/);
    }
    expect(
      await refusalOf(
        runtime.setup.joinRelay({ relayUrl: relay.url, code: 'wrong-code-1234', deviceName: 'D' }),
      ),
    ).toMatch(/unknown, expired or already used/);
    expect(await readSetupFile(dir)).toBeNull();
  });

  it('enrols with a good code, seals the token, becomes primary, and survives a restart', async () => {
    const dir = await newDir();
    const first = await startRuntime(dir);
    const code = await newCode();
    const state = await first.runtime.setup.joinRelay({
      relayUrl: `${relay.url}/`,
      code,
      deviceName: 'Front desk',
    });
    expect(state.mode).toBe('relay');
    expect(state.relay).toMatchObject({ url: relay.url, tenantId, deviceName: 'Front desk' });

    const setup = await readSetupFile(dir);
    if (setup?.mode !== 'relay') throw new Error('setup.json should say relay');
    expect(setup.relay.baseUrl).toBe(relay.url);
    const box = await createKeyFileSecretBox(dir);
    const { plain } = await box.open(setup.relay.sealedToken);
    expect(plain.length).toBeGreaterThan(16);
    const text = await readFile(path.join(dir, SETUP_FILE_NAME), 'utf8');
    expect(text).not.toContain(plain);
    if (process.platform !== 'win32') {
      expect((await stat(path.join(dir, SETUP_FILE_NAME))).mode & 0o777).toBe(0o600);
    }

    const primary = await eventually(async () => {
      const s = await first.runtime.sync.status();
      return s.role === 'primary' ? s : undefined;
    }, 'the lease');
    expect(primary.relay).toMatchObject({
      configured: true,
      url: relay.url,
      tenantId,
      deviceId: setup.relay.deviceId,
      webhookBase: `${relay.url}/hooks/${tenantId}`,
    });
    expect(primary.leaseHolder?.deviceName).toBe('Front desk');
    await first.runtime.sync.syncNow();

    // Enrolled once is enough: another code or "standalone" is refused with a sentence.
    expect(
      await refusalOf(
        first.runtime.setup.joinRelay({
          relayUrl: relay.url,
          code: await newCode(),
          deviceName: 'Again',
        }),
      ),
    ).toMatch(/already enrolled with/);
    expect(await refusalOf(first.runtime.setup.standalone())).toMatch(/keeps working offline/);

    await first.runtime.close();
    await first.db.close();
    open.splice(0);

    const second = await startRuntime(dir);
    expect(second.runtime.isSetUp()).toBe(true);
    expect((await second.runtime.setup.state()).mode).toBe('relay');
    await eventually(async () => {
      const s = await second.runtime.sync.status();
      return s.role === 'primary' && s.relay.connected === true ? s : undefined;
    }, 'the lease after a restart');
  });

  it('refuses to start on a damaged setup file, naming it', async () => {
    const dir = await newDir();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(dir, SETUP_FILE_NAME), '{ "mode": "relay" ');
    const db = await openTestDatabase();
    const runtime = createDeskRuntime({
      dataDir: dir,
      db,
      repos: createDeskRepositories(db, {
        clock: { now: () => new Date() },
        newId: () => crypto.randomUUID(),
      }),
      connectorFor: () => Promise.reject(new Error('no platform in this test')),
      secretBox: await createKeyFileSecretBox(dir),
      log: captureLogger(),
      now: () => Date.now(),
      simulated: false,
      syncEnabled: true,
    });
    open.push({ runtime, db });
    await expect(runtime.start()).rejects.toThrow(path.join(dir, SETUP_FILE_NAME));
  });
});
