import path from 'node:path';
import { startBrowserHost } from '../../main/browser-host/browser-host';
import { assembleDesk } from '../../main/desk/assemble-desk';
import { prepareDataDir } from '../../main/desk/data-dir';
import { createLogger } from '../../main/desk/logger';
import { createKeyFileSecretBox } from '../../main/secret-box/key-file-secret-box';
import { seedBenchDesk, type BenchDays } from './desk-bench-seed';

export interface SeededDesk {
  readonly url: string;
  /** Bookings written, and how long the seeding took (ms). */
  readonly written: number;
  readonly seedMs: number;
  close(): Promise<void>;
}

/**
 * The desk of browser mode, composed here as `runBrowserDesk` does (assembleDesk, then the browser
 * host on the built renderer) so that the bench can seed through `desk.store.repos` first and
 * set the desk up standalone, as a restaurant's own desk is once its first launch is done.
 */
export async function startSeededDesk(options: {
  projectRoot: string;
  dataDir: string;
  days: BenchDays;
  now: number;
  perDay: number;
  quietCount: number;
}): Promise<SeededDesk> {
  const dataDir = await prepareDataDir(options.dataDir);
  // Warnings and errors of the desk go to stderr: a failing command shows in the bench's output.
  const log = createLogger({ level: 'warn', write: (line) => console.error(line) });
  const desk = await assembleDesk({
    runtime: 'browser',
    version: 'bench',
    versions: { node: process.versions.node },
    dataDir,
    clock: { now: () => new Date() },
    secretBox: await createKeyFileSecretBox(dataDir),
    log,
  });
  try {
    const started = performance.now();
    const written = await seedBenchDesk(desk.store.repos, options);
    const seedMs = performance.now() - started;
    // What "Run standalone" on the first-launch screen sends; a desk without that step skips it.
    const setup = await desk.dispatch('setup:standalone', {});
    if (!setup.ok && setup.error.code !== 'unknown_command') {
      throw new Error(`The bench could not set the desk up standalone: ${setup.error.message}`);
    }
    const host = await startBrowserHost({
      port: 0,
      rendererDir: path.join(options.projectRoot, 'out', 'renderer'),
      dispatch: desk.dispatch,
      connectStorage: desk.connectStorage,
      log,
    });
    return {
      url: host.url,
      written,
      seedMs,
      close: async () => {
        try {
          await host.close();
        } finally {
          await desk.close();
        }
      },
    };
  } catch (error) {
    await desk.close();
    throw error;
  }
}
