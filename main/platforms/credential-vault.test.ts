import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createKeyFileSecretBox } from '../secret-box/key-file-secret-box';
import { maskSecret, openCredentialVault } from './credential-vault';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(path.join(tmpdir(), 'couvert-vault-'))));
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('credential vault', () => {
  it('keeps credentials sealed on disk and opens them after a restart', async () => {
    const box = await createKeyFileSecretBox(dir);
    const vault = await openCredentialVault(dir, box);
    await vault.put('thefork', { clientId: 'client-123', clientSecret: 'super-secret-value' });
    const onDisk = await readFile(path.join(dir, 'credentials.sealed.json'), 'utf8');
    expect(onDisk).not.toContain('super-secret-value');
    expect(onDisk).not.toContain('client-123');
    expect((await stat(path.join(dir, 'credentials.sealed.json'))).mode & 0o777).toBe(0o600);
    const again = await openCredentialVault(dir, await createKeyFileSecretBox(dir));
    expect(await again.get('thefork')).toEqual({
      clientId: 'client-123',
      clientSecret: 'super-secret-value',
    });
    await again.remove('thefork');
    expect(await again.get('thefork')).toBeNull();
  });

  it('refuses a damaged file without overwriting it', async () => {
    await writeFile(path.join(dir, 'credentials.sealed.json'), '{"version":1,"entries":[1]}');
    await expect(openCredentialVault(dir, await createKeyFileSecretBox(dir))).rejects.toThrow(
      /damaged/,
    );
    expect(await readFile(path.join(dir, 'credentials.sealed.json'), 'utf8')).toBe(
      '{"version":1,"entries":[1]}',
    );
  });

  it('masks secrets for display', () => {
    expect(maskSecret('abcdefghijkl')).toBe('ab••••••kl');
    expect(maskSecret('short')).toBe('•••••');
    expect(maskSecret('')).toBe('••••');
  });
});
