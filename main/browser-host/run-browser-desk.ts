import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assembleDesk } from '../desk/assemble-desk';
import { createKeyFileSecretBox } from '../secret-box/key-file-secret-box';
import { seedDemoDesk } from '../../shared/demo/seed-demo-desk';
import type { Logger } from '../ports';
import { startBrowserHost, type BrowserHost } from './browser-host';

/** Composition root of browser mode: the desk's services under plain Node, served to a browser. */
export async function runBrowserDesk(options: {
  projectRoot: string;
  port: number;
  dataDir: string;
  log: Logger;
  /** Seed the demo restaurant when the data folder has no restaurant yet. */
  demo?: boolean;
}): Promise<BrowserHost> {
  const pkg = JSON.parse(
    await readFile(path.join(options.projectRoot, 'package.json'), 'utf8'),
  ) as { version: string };
  const desk = await assembleDesk({
    runtime: 'browser',
    version: pkg.version,
    versions: { node: process.versions.node },
    dataDir: options.dataDir,
    clock: { now: () => new Date() },
    secretBox: await createKeyFileSecretBox(options.dataDir),
    log: options.log,
  });
  try {
    if (
      options.demo === true &&
      (await seedDemoDesk(desk.store.db, desk.store.repos, { now: Date.now() }))
    ) {
      options.log.info('demo restaurant seeded', { dataDir: options.dataDir });
    }
    const host = await startBrowserHost({
      port: options.port,
      rendererDir: path.join(options.projectRoot, 'out', 'renderer'),
      dispatch: desk.dispatch,
      connectStorage: desk.connectStorage,
      log: options.log,
    });
    return {
      ...host,
      close: async () => {
        await host.close();
        await desk.close();
      },
    };
  } catch (error) {
    await desk.close();
    throw error;
  }
}
