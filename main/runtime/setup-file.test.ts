import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETUP_FILE_NAME, readSetupFile, writeSetupFile, type SetupFile } from './setup-file';

describe('setup.json', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'couvert-setup-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const file = () => path.join(dir, SETUP_FILE_NAME);

  const relay: SetupFile = {
    version: 1,
    mode: 'relay',
    chosenAt: 1_700_000_000_000,
    relay: {
      baseUrl: 'https://relay.example',
      tenantId: 't1',
      deviceId: 'd1',
      deviceName: 'Front desk',
      sealedToken: 'k1.aaa.bbb.ccc',
    },
  };

  it('is absent on a fresh desk', async () => {
    expect(await readSetupFile(dir)).toBeNull();
  });

  it('round-trips standalone and relay setups, readable by the user only', async () => {
    const standalone: SetupFile = { version: 1, mode: 'standalone', chosenAt: 42 };
    await writeSetupFile(dir, standalone);
    expect(await readSetupFile(dir)).toEqual(standalone);
    await writeSetupFile(dir, relay);
    expect(await readSetupFile(dir)).toEqual(relay);
    if (process.platform !== 'win32') expect((await stat(file())).mode & 0o777).toBe(0o600);
    // Written atomically: no temporary file is left behind.
    expect(await readdir(dir)).toEqual([SETUP_FILE_NAME]);
  });

  it('refuses to write a setup that does not match the schema', async () => {
    const bad = { ...relay, relay: { ...relay.relay, sealedToken: '' } };
    await expect(writeSetupFile(dir, bad)).rejects.toThrow();
    expect(await readSetupFile(dir)).toBeNull();
  });

  it('calls a damaged file damaged, naming it', async () => {
    const damaged = [
      '{ "version": 1, "mode": ',
      '',
      'null',
      '[]',
      JSON.stringify({ version: 2, mode: 'standalone', chosenAt: 1 }),
      JSON.stringify({ version: 1, mode: 'cloud', chosenAt: 1 }),
      JSON.stringify({ version: 1, mode: 'relay', chosenAt: 1 }),
      // Unknown fields are refused: a plain token must never sit here.
      JSON.stringify({ version: 1, mode: 'standalone', chosenAt: 1, token: 'plain' }),
      JSON.stringify({ ...relay, relay: { ...relay.relay, token: 'plain' } }),
    ];
    for (const text of damaged) {
      await writeFile(file(), text);
      const error = await readSetupFile(dir).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(error?.message, text).toContain(file());
      expect(error?.message).toMatch(/damaged/);
    }
  });

  it('passes on errors other than a missing file', async () => {
    await rm(dir, { recursive: true });
    await writeFile(dir, 'not a folder');
    await expect(readSetupFile(dir)).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(await readFile(dir, 'utf8')).toBe('not a folder');
  });
});
