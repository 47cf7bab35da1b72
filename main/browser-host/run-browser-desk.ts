import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deskConfigFor, type DeskConfig } from '../desk/desk-config';
import { launchDesk, type LaunchedDesk } from '../runtime/launch-desk';
import { createKeyFileSecretBox } from '../secret-box/key-file-secret-box';
import type { Logger } from '../ports';
import { startBrowserHost, type BrowserHost } from './browser-host';

export interface BrowserDesk extends BrowserHost {
  readonly launched: LaunchedDesk;
}

/** Composition root of browser mode: the desk's services under plain Node, served to a browser. */
export async function runBrowserDesk(options: {
  projectRoot: string;
  log: Logger;
  /** The resolved configuration; or just a data folder and port (real use) for tests. */
  config?: DeskConfig;
  dataDir?: string;
  port?: number;
}): Promise<BrowserDesk> {
  const config =
    options.config ??
    deskConfigFor(options.dataDir ?? '', options.port === undefined ? {} : { port: options.port });
  if (config.dataDir === '') throw new Error('runBrowserDesk needs a config or a data folder');
  const pkg = JSON.parse(
    await readFile(path.join(options.projectRoot, 'package.json'), 'utf8'),
  ) as { version: string };
  const launched = await launchDesk({
    config,
    runtime: 'browser',
    version: pkg.version,
    versions: { node: process.versions.node },
    clock: { now: () => new Date() },
    secretBox: (dataDir) => createKeyFileSecretBox(dataDir),
    log: options.log,
  });
  try {
    const host = await startBrowserHost({
      port: config.port,
      rendererDir: path.join(options.projectRoot, 'out', 'renderer'),
      dispatch: launched.desk.dispatch,
      connectStorage: launched.desk.connectStorage,
      log: options.log,
    });
    return {
      ...host,
      launched,
      close: async () => {
        await host.close();
        await launched.close();
      },
    };
  } catch (error) {
    await launched.close();
    throw error;
  }
}
