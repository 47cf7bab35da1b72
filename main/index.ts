/**
 * Composition root of the Electron main process: the only module that imports Electron at
 * runtime. It builds the ports (IPC registrar, window factory, secret box, clock, logger) and hands
 * them to plain modules, which are all tested under Node without Electron.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { readFile, realpath } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { parseDeskArgs } from './cli/args';
import { defaultDataDir, prepareDataDir } from './desk/data-dir';
import { createLogger } from './desk/logger';
import { readTextIfExists, resolveDeskConfig } from './desk/desk-config';
import { launchDesk } from './runtime/launch-desk';
import { registerIpcCommands } from './ipc/register-ipc-commands';
import { registerStorageIpc } from './ipc/register-storage-ipc';
import { createSafeStorageSecretBox } from './secret-box/safe-storage-secret-box';
import { createAppProtocolHandler } from './security/app-protocol';
import { buildCsp } from './security/csp';
import { openExternalSafely } from './security/external-links';
import { installNavigationGuards } from './security/navigation-guards';
import { permissionCheckHandler, permissionRequestHandler } from './security/permissions';
import { claimSingleInstance } from './security/single-instance';
import { APP_ORIGIN, APP_SCHEME, isTrustedSender } from './security/trusted-origin';
import { mainWindowOptions } from './security/window-options';
import { startBrowserHost } from './browser-host/browser-host';
import type { WindowFactory } from './ports';

const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, '..', 'preload', 'index.cjs');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
const windows: WindowFactory = {
  async createMainWindow() {
    mainWindow = new BrowserWindow(mainWindowOptions(preloadPath));
    mainWindow.once('ready-to-show', () => mainWindow?.show());
    mainWindow.on('closed', () => (mainWindow = null));
    await mainWindow.loadURL(`${APP_ORIGIN}/`);
  },
  focusMainWindow() {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  },
};

if (claimSingleInstance(app, () => windows.focusMainWindow())) {
  void start().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message);
    // A damaged or foreign database, a full disk, a locked file: the person sees why, and the
    // file is left as it was (the storage never overwrites what it cannot read).
    dialog.showErrorBox('Couvert cannot start', message);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const args = parseDeskArgs(process.argv.slice(app.isPackaged ? 1 : 2), { ignoreUnknown: true });
  const config = await resolveDeskConfig({
    args,
    env: process.env,
    appDataDir: defaultDataDir(process.platform, process.env, app.getPath('home')),
    // Installed: a real restaurant's first launch. From the sources: the live demo.
    defaultDemo: !app.isPackaged,
    readText: readTextIfExists,
  });
  const dataDir = await prepareDataDir(config.dataDir);
  app.setPath('userData', dataDir);
  await app.whenReady();

  const logFile = createWriteStream(path.join(dataDir, 'desk.log'), { flags: 'a', mode: 0o600 });
  const log = createLogger({
    level: config.logLevel,
    write: (line) => logFile.write(`${line}\n`),
  });
  const launched = await launchDesk({
    config,
    runtime: 'electron',
    version: app.getVersion(),
    versions: {
      node: process.versions.node,
      electron: process.versions.electron,
      chrome: process.versions.chrome,
    },
    clock: { now: () => new Date() },
    secretBox: () => createSafeStorageSecretBox(safeStorage, process.platform),
    log,
  });
  const desk = launched.desk;

  const openExternal = (url: unknown) =>
    openExternalSafely(url, { open: (u) => shell.openExternal(u), warn: log.warn });
  session.defaultSession.setPermissionRequestHandler(permissionRequestHandler());
  session.defaultSession.setPermissionCheckHandler(permissionCheckHandler());
  app.on('web-contents-created', (_event, contents) =>
    installNavigationGuards(contents, { openExternal, warn: log.warn }),
  );
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ root: rendererDir, files: { readFile, realpath }, csp: buildCsp() }),
  );
  registerIpcCommands({ ipc: ipcMain, dispatch: desk.dispatch, isTrustedSender, log });
  registerStorageIpc({ ipc: ipcMain, connect: desk.connectStorage, isTrustedSender, log });

  const host = await startBrowserHost({
    port: config.port,
    rendererDir,
    dispatch: desk.dispatch,
    connectStorage: desk.connectStorage,
    log,
  });
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    // Close the store before exiting so the last writes are checkpointed cleanly.
    void Promise.allSettled([host.close()])
      .then(() => launched.close())
      .finally(() => app.exit(0));
  });
  await windows.createMainWindow();
  console.log(`Couvert is running at ${host.url}`);
}
