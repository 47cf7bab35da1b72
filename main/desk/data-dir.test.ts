import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultDataDir, prepareDataDir } from './data-dir';

describe('default data folder (what Electron calls userData)', () => {
  it('follows each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Couvert');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Couvert');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: 'relative' }, '/home/ana')).toBe(
      '/home/ana/.config/Couvert',
    );
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Couvert',
    );
    expect(
      defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana'),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Couvert');
  });
});

describe('prepareDataDir', () => {
  it('creates a private folder', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'couvert-data-'));
    const dir = await prepareDataDir(path.join(base, 'a', 'b'));
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    await rm(base, { recursive: true, force: true });
  });

  it('explains when the folder cannot be used', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'couvert-data-'));
    const file = path.join(base, 'a-file');
    await writeFile(file, 'x');
    await expect(prepareDataDir(path.join(file, 'sub'))).rejects.toThrow(
      /cannot use the data folder .* Choose another one with --data/,
    );
    await rm(base, { recursive: true, force: true });
  });
});
