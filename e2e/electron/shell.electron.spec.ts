import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findElectronBinary } from '../../main/cli/electron-binary';
import { channels, methodNameOf } from '../../shared/contract/bridge';
import { projectRoot } from '../support/start-desk';

const binary = findElectronBinary(projectRoot, process.env);

// Runs wherever an Electron binary exists; global-setup prints one line when it does not.
test.skip(!binary.found, binary.found ? '' : `no Electron binary: ${binary.reason}`);

test('the Electron window loads the app from app:// with a sandboxed, isolated renderer', async () => {
  if (!binary.found) return;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'couvert-electron-e2e-'));
  const app = await electron.launch({
    executablePath: binary.path,
    args: [path.join(projectRoot, 'out/main/index.cjs'), '--data', dataDir, '--static-demo'],
  });
  try {
    const window = await app.firstWindow();
    expect(window.url()).toBe('app://couvert/');
    await window
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('button', { name: 'Desk' })
      .click();
    await expect(window.getByRole('heading', { name: 'Desk status' })).toBeVisible();
    await expect(window.getByText('Desktop app', { exact: true })).toBeVisible();
    const globals = await window.evaluate(() => ({
      require: typeof (globalThis as Record<string, unknown>).require,
      process: typeof (globalThis as Record<string, unknown>).process,
      api: Object.keys((globalThis as unknown as { couvert: object }).couvert).sort(),
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      api: [...channels.map(methodNameOf), 'storage'].sort(),
    });
    await window.screenshot({ path: path.join(projectRoot, 'e2e/output/electron-shell.png') });
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
