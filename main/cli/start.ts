import { spawn } from 'node:child_process';
import { existsSync, createWriteStream } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir, prepareDataDir } from '../desk/data-dir';
import { createLogger } from '../desk/logger';
import { readTextIfExists, resolveDeskConfig, type DeskConfig } from '../desk/desk-config';
import { runBrowserDesk } from '../browser-host/run-browser-desk';
import { parseDeskArgs, USAGE } from './args';
import { ELECTRON_MISSING_HINT, findElectronBinary } from './electron-binary';

/** `npm start`: the Electron app where its binary exists, browser mode otherwise. */

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

const STOP_TIMEOUT_MS = 20_000;

async function main(): Promise<number> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    console.error(
      `Couvert needs Node 24 or later (this is ${process.version}); run it through "npm start", which uses the project's Node 24.`,
    );
    return 2;
  }
  let args;
  try {
    args = parseDeskArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  for (const built of ['out/main/index.cjs', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(path.join(projectRoot, built))) {
      console.error(
        `The app is not built (${built} is missing). Run "npm run build", or start it with "npm start", which builds first.`,
      );
      return 2;
    }
  }
  let config;
  try {
    config = await resolveDeskConfig({
      args,
      env: process.env,
      appDataDir: defaultDataDir(process.platform, process.env, homedir()),
      // `npm start` with nothing configured: the live demo.
      defaultDemo: true,
      readText: readTextIfExists,
    });
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (config.resetDemo) console.log(`Resetting the demo in ${config.dataDir}.`);
  const dataDir = await prepareDataDir(config.dataDir);

  if (!args.browser) {
    const electron = findElectronBinary(projectRoot, process.env);
    if (electron.found) return runElectron(electron.path, process.argv.slice(2), dataDir);
    console.log(
      `Electron cannot start here because ${electron.reason} (to get it, ${ELECTRON_MISSING_HINT}), so Couvert runs in browser mode instead.`,
    );
  }

  const logFile = createWriteStream(path.join(dataDir, 'desk.log'), { flags: 'a', mode: 0o600 });
  const log = createLogger({
    level: config.logLevel,
    write: (line) => logFile.write(`${line}\n`),
  });
  if (config.mode === 'live-demo') {
    console.log('Starting the demo: relay, simulated TheFork and Zenchef, demo restaurant…');
  }
  const host = await runBrowserDesk({ projectRoot, config, log });
  log.info('browser mode started', { url: host.url, dataDir, mode: config.mode });
  console.log(`Couvert is running at ${host.url}`);
  console.log(describeMode(config, host.launched.demo?.relay.url ?? null));
  console.log(`Data folder: ${dataDir}. Press Ctrl+C to stop.`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  console.log('Stopping: finishing the sync step in progress…');
  // A platform call in flight may take long behind a rate limit; every acknowledged write is
  // already on disk, so past this delay Couvert exits anyway.
  const force = setTimeout(() => {
    console.error(
      `Couvert did not stop within ${String(STOP_TIMEOUT_MS / 1000)} s; exiting anyway (saved data is safe).`,
    );
    process.exit(1);
  }, STOP_TIMEOUT_MS);
  force.unref();
  await host.close();
  log.info('browser mode stopped');
  await new Promise<void>((resolve) => logFile.end(() => resolve()));
  return 0;
}

function describeMode(config: DeskConfig, relayUrl: string | null): string {
  if (config.joinDemoOf !== null)
    return 'Second desk of the demo: it replicates with the demo relay.';
  if (config.mode === 'live-demo') {
    return `Demo (simulated restaurant and platforms): relay at ${relayUrl ?? '?'}; a second desk: npm start -- --second-desk. Start afresh: npm start -- --reset-demo.`;
  }
  if (config.mode === 'static-demo') return 'Static demo: nothing changes by itself.';
  return `Configuration: ${config.configFile}.`;
}

function runElectron(binary: string, argv: string[], dataDir: string): Promise<number> {
  const child = spawn(
    binary,
    [path.join(projectRoot, 'out/main/index.cjs'), ...argv, '--data', dataDir],
    {
      stdio: 'inherit',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined },
    },
  );
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
