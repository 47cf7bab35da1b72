import { access, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { seedDemoDesk } from '../../shared/demo/seed-demo-desk';
import { assembleDesk, type Desk } from '../desk/assemble-desk';
import { prepareDataDir } from '../desk/data-dir';
import type { DeskConfig } from '../desk/desk-config';
import { readJoinFile, startLiveDemo, type LiveDemo } from '../embedded/live-demo';
import type { Clock, Logger, SecretBox } from '../ports';

/** Marks a data folder as the demo's, so `--reset-demo` never deletes a real restaurant. */
const DEMO_MARKER = 'demo.json';

export interface LaunchedDesk {
  readonly desk: Desk;
  /** Set in the live demo: the relay and simulators this process runs. */
  readonly demo: LiveDemo | null;
  close(): Promise<void>;
}

/**
 * What both composition roots do once they have their ports: the data folder, the embedded demo
 * (relay + simulators) when asked, the desk, its data and its sync. Electron and browser mode
 * differ only in the ports and in how the renderer is shown.
 */
export async function launchDesk(input: {
  config: DeskConfig;
  runtime: 'electron' | 'browser';
  version: string;
  versions: { node: string; electron?: string; chrome?: string };
  clock: Clock;
  /** Built once the data folder exists (the key-file box keeps its key there). */
  secretBox: (dataDir: string) => Promise<SecretBox> | SecretBox;
  log: Logger;
}): Promise<LaunchedDesk> {
  const { config, log } = input;
  const simulated = config.mode !== 'real' || config.joinDemoOf !== null;
  if (config.resetDemo) await resetDemoFolder(config.dataDir);
  const dataDir = await prepareDataDir(config.dataDir);
  if (simulated) await writeFile(path.join(dataDir, DEMO_MARKER), '{"demo":true}\n');

  const join = config.joinDemoOf === null ? null : await readJoinFile(config.joinDemoOf);
  const live = config.mode === 'live-demo' ? await startLiveDemo({ dataDir, log }) : null;
  let desk: Desk;
  try {
    desk = await assembleDesk({
      runtime: input.runtime,
      version: input.version,
      versions: input.versions,
      dataDir,
      clock: input.clock,
      secretBox: await input.secretBox(dataDir),
      log,
      ...(live
        ? { platformEndpoints: live.endpoints }
        : config.platformEndpoints
          ? { platformEndpoints: config.platformEndpoints }
          : {}),
      sync: {
        simulated,
        syncEnabled: config.mode !== 'static-demo',
        ...(live ? { relayUrlOverride: live.relay.url } : {}),
        ...(join ? { relayUrlOverride: join.relayUrl } : {}),
      },
    });
  } catch (error) {
    await live?.close();
    throw error;
  }
  try {
    if (live) {
      await live.attach(desk, { activity: config.demoActivity });
    } else if (config.mode === 'static-demo') {
      if (await seedDemoDesk(desk.store.db, desk.store.repos, { now: Date.now() })) {
        log.info('static demo restaurant seeded', { dataDir });
      }
      await desk.runtime.start();
    } else {
      await desk.runtime.start();
      const relayUrl = join?.relayUrl ?? config.relayUrl;
      const code = join?.code ?? config.enrolCode;
      if (!desk.runtime.isSetUp() && relayUrl !== null && code !== null) {
        await desk.runtime.enrol({
          relayUrl,
          code,
          deviceName: config.deskName ?? (join ? 'Second desk' : hostname().slice(0, 80) || 'Desk'),
        });
      }
    }
  } catch (error) {
    await desk.close();
    await live?.close();
    throw error;
  }
  return {
    desk,
    demo: live,
    close: async () => {
      await live?.stopActivity();
      await desk.close();
      await live?.close();
    },
  };
}

async function resetDemoFolder(dir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return;
  }
  if (entries.length === 0) return;
  try {
    await access(path.join(dir, DEMO_MARKER));
  } catch {
    throw new Error(
      `${dir} is not a demo folder (it has no ${DEMO_MARKER}), so --reset-demo left it as it is.`,
    );
  }
  await rm(dir, { recursive: true, force: true });
}
