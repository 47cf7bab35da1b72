import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findElectronBinary } from './electron-binary';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'couvert-electron-'));
  await mkdir(path.join(root, 'node_modules', 'electron'), { recursive: true });
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe('finding the Electron binary without requiring electron', () => {
  it('reports a missing binary with a reason', () => {
    const result = findElectronBinary(root, {});
    expect(result).toEqual({
      found: false,
      reason: 'the Electron binary is not installed in node_modules/electron',
    });
  });

  it('finds the binary named by path.txt under dist/', async () => {
    const pkg = path.join(root, 'node_modules', 'electron');
    await writeFile(path.join(pkg, 'path.txt'), 'electron');
    expect(findElectronBinary(root, {}).found).toBe(false);
    await mkdir(path.join(pkg, 'dist'));
    await writeFile(path.join(pkg, 'dist', 'electron'), '#!/bin/sh\n');
    await chmod(path.join(pkg, 'dist', 'electron'), 0o755);
    expect(findElectronBinary(root, {})).toEqual({
      found: true,
      path: path.join(pkg, 'dist', 'electron'),
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH and says when it points nowhere', () => {
    const result = findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' });
    expect(result.found).toBe(false);
    if (!result.found) expect(result.reason).toContain('ELECTRON_OVERRIDE_DIST_PATH');
  });
});
