import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createKeyFileSecretBox } from './key-file-secret-box';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'couvert-box-'))));
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('key-file secret box (browser mode)', () => {
  it('seals and opens, and the sealed text does not contain the secret', async () => {
    const box = await createKeyFileSecretBox(dir);
    const sealed = await box.seal('client-secret-123');
    expect(sealed).not.toContain('client-secret-123');
    expect(await box.open(sealed)).toEqual({ plain: 'client-secret-123' });
    expect(await box.seal('x')).not.toBe(await box.seal('x'));
  });

  it('keeps its key private to the user and reuses it on the next start', async () => {
    const first = await createKeyFileSecretBox(dir);
    const sealed = await first.seal('s');
    expect((await stat(path.join(dir, 'secret-box.key'))).mode & 0o777).toBe(0o600);
    const second = await createKeyFileSecretBox(dir);
    expect((await second.open(sealed)).plain).toBe('s');
  });

  it('refuses altered or foreign secrets with a sentence', async () => {
    const box = await createKeyFileSecretBox(dir);
    const sealed = await box.seal('secret');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3] ?? '', 'base64');
    body[0] = (body[0] ?? 0) ^ 1;
    const tampered = [parts[0], parts[1], parts[2], body.toString('base64')].join('.');
    await expect(box.open(tampered)).rejects.toThrow(/altered or sealed with another key/);
    await expect(box.open('plain text')).rejects.toThrow(/not sealed by Couvert/);
    await expect(box.open('')).rejects.toThrow(/not sealed by Couvert/);
    const other = await createKeyFileSecretBox(
      await mkdtemp(path.join(tmpdir(), 'couvert-box-other-')),
    );
    await expect(other.open(sealed)).rejects.toThrow(/another key/);
  });

  it('never overwrites a damaged key file', async () => {
    await writeFile(path.join(dir, 'secret-box.key'), 'short');
    await expect(createKeyFileSecretBox(dir)).rejects.toThrow(/is damaged/);
    expect(await readFile(path.join(dir, 'secret-box.key'), 'utf8')).toBe('short');
  });
});
