import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTheForkSim, type TheForkSim } from '../../sim/thefork/server';
import { createLogger } from '../desk/logger';
import { assembleDesk, type Desk } from '../desk/assemble-desk';
import { createKeyFileSecretBox } from '../secret-box/key-file-secret-box';

let sim: TheForkSim;
let desk: Desk;
let dataDir: string;
const lines: string[] = [];

beforeAll(async () => {
  sim = await startTheForkSim({ seed: 7 });
  dataDir = await mkdtemp(path.join(tmpdir(), 'couvert-platforms-'));
  desk = await assembleDesk({
    runtime: 'browser',
    version: 'test',
    versions: { node: process.versions.node },
    dataDir,
    clock: { now: () => new Date() },
    secretBox: await createKeyFileSecretBox(dataDir),
    log: createLogger({ level: 'debug', write: (l) => lines.push(l) }),
    platformEndpoints: { thefork: { apiBaseUrl: sim.apiBaseUrl, tokenUrl: sim.tokenUrl } },
  });
});
afterAll(async () => {
  await desk.close();
  await sim.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('connecting a platform from the desk', () => {
  it('checks the credentials with the platform, seals them and shows them masked', async () => {
    const result = await desk.dispatch('platforms:connect', {
      platform: 'thefork',
      restaurantId: sim.credentials.restaurantUuid,
      credentials: {
        clientId: sim.credentials.clientId,
        clientSecret: sim.credentials.clientSecret,
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const summary = result.value as { maskedCredentials: Record<string, string>; active: boolean };
    expect(summary.active).toBe(true);
    expect(summary.maskedCredentials.clientSecret).not.toContain(
      sim.credentials.clientSecret.slice(2, -2),
    );
    const config = await desk.store.db.platform_configs.findOne('thefork').exec();
    expect(config?.credentialRef).toBe('platform-thefork');
    expect(JSON.stringify(config?.toJSON())).not.toContain(sim.credentials.clientSecret);
    const onDisk = await readFile(path.join(dataDir, 'credentials.sealed.json'), 'utf8');
    expect(onDisk).not.toContain(sim.credentials.clientSecret);
    expect(lines.join('\n')).not.toContain(sim.credentials.clientSecret);
    const connector = await desk.platforms.connectorFor(config?.toJSON() as never);
    expect((await connector.authenticate()).summary.length).toBeGreaterThan(0);
  });

  it('refuses wrong credentials in words the person can act on, and saves nothing', async () => {
    const result = await desk.dispatch('platforms:connect', {
      platform: 'thefork',
      restaurantId: sim.credentials.restaurantUuid,
      credentials: { clientId: sim.credentials.clientId, clientSecret: 'wrong-secret-1234' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected' } });
    if (!result.ok) expect(result.error.message).not.toContain('wrong-secret-1234');
  });

  it('refuses malformed credentials before calling the platform', async () => {
    const result = await desk.dispatch('platforms:connect', {
      platform: 'formitable',
      restaurantId: 'abcd1234',
      credentials: { apiKey: 'x' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected' } });
  });

  it('disconnecting forgets the credentials', async () => {
    expect(await desk.dispatch('platforms:disconnect', { platform: 'thefork' })).toEqual({
      ok: true,
      value: { ok: true },
    });
    const list = await desk.dispatch('platforms:list', {});
    expect(list).toMatchObject({
      ok: true,
      value: [{ platform: 'thefork', active: false, maskedCredentials: {} }],
    });
  });
});
