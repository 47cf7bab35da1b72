import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskConfigFor, type DeskConfig } from '../desk/desk-config';
import { createLogger } from '../desk/logger';
import { JOIN_FILE_NAME } from '../embedded/live-demo';
import { createKeyFileSecretBox } from '../secret-box/key-file-secret-box';
import { eventually } from '../sync/engine/testing/sync-harness';
import { launchDesk, type LaunchedDesk } from './launch-desk';

/**
 * The embedded default end to end, under plain Node: the live demo's relay, simulators and desk in
 * one process (activity off, so only the first run's platform bookings arrive), then a second run
 * on the same folder. A second desk needs its own process (one RxDatabase "desk" per process):
 * e2e/browser/two-desks.spec.ts.
 */
const quiet = createLogger({ level: 'error', write: () => undefined });
const launch = (config: DeskConfig): Promise<LaunchedDesk> =>
  launchDesk({
    config,
    runtime: 'browser',
    version: 'test',
    versions: { node: process.versions.node },
    clock: { now: () => new Date() },
    secretBox: (dir) => createKeyFileSecretBox(dir),
    log: quiet,
  });

const fromPlatforms = async (launched: LaunchedDesk, source: string) =>
  (await launched.desk.store.db.reservations.find({ selector: { source } }).exec()).filter(
    (r) => r.status === 'confirmed',
  ).length;

describe('the live demo (launchDesk)', () => {
  let root: string;
  let demoDir: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'couvert-launch-'));
    demoDir = path.join(root, 'demo');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('runs relay, simulators and an enrolled desk; a second run reuses all of it', async () => {
    const config = deskConfigFor(demoDir, { mode: 'live-demo', demoActivity: false });
    const first = await launch(config);
    let tenantId: string | undefined;
    let connected: string[];
    try {
      const state = await first.desk.runtime.setup.state();
      expect(state).toMatchObject({ mode: 'demo', simulated: true, restaurantConfigured: true });
      expect(state.relay?.url).toBe(first.demo?.relay.url);
      tenantId = state.relay?.tenantId;
      connected = (await first.desk.platforms.list()).map((p) => p.platform).sort();
      expect(connected).toEqual(['formitable', 'thefork']);
      // Upcoming TheFork bookings were made on the simulator and came back through the relay.
      await eventually(
        async () => (await fromPlatforms(first, 'thefork')) > 10,
        60_000,
        'TheFork bookings on the desk',
      );
      const join = JSON.parse(await readFile(path.join(demoDir, JOIN_FILE_NAME), 'utf8')) as {
        relayUrl: string;
      };
      expect(join.relayUrl).toBe(first.demo?.relay.url);
    } finally {
      await first.close();
    }

    const second = await launch(config);
    try {
      const state = await second.desk.runtime.setup.state();
      expect(state.relay?.tenantId).toBe(tenantId);
      expect(state.relay?.url).toBe(second.demo?.relay.url);
      expect((await second.desk.platforms.list()).map((p) => p.platform).sort()).toEqual(connected);
      expect(await fromPlatforms(second, 'thefork')).toBeGreaterThan(10);
      await eventually(
        async () => (await second.desk.runtime.sync.status()).role === 'primary',
        30_000,
        'the lease on the second run',
      );
    } finally {
      await second.close();
    }
  }, 240_000);

  it('--reset-demo never deletes a folder that is not a demo', async () => {
    const real = path.join(root, 'real');
    await launch(deskConfigFor(real)).then((l) => l.close());
    await writeFile(path.join(real, 'keep.txt'), 'a restaurant');
    await expect(
      launch(deskConfigFor(real, { mode: 'live-demo', resetDemo: true })),
    ).rejects.toThrow(/not a demo folder/);
    expect(await readFile(path.join(real, 'keep.txt'), 'utf8')).toBe('a restaurant');
  }, 60_000);
});
