import { describe, expect, it } from 'vitest';
import { createSafeStorageSecretBox, type AsyncSafeStorage } from './safe-storage-secret-box';

function fakeSafeStorage(
  options: { available?: boolean; backend?: string; reEncrypt?: boolean } = {},
): AsyncSafeStorage {
  return {
    isAsyncEncryptionAvailable: async () => options.available ?? true,
    encryptStringAsync: async (plain) => new TextEncoder().encode(`enc:${btoa(plain)}`),
    decryptStringAsync: async (sealed) => ({
      result: atob(new TextDecoder().decode(sealed).slice(4)),
      shouldReEncrypt: options.reEncrypt ?? false,
    }),
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
}

describe('safeStorage secret box (Electron)', () => {
  it('seals through the OS and opens again', async () => {
    const box = createSafeStorageSecretBox(fakeSafeStorage(), 'linux');
    const sealed = await box.seal('api-key');
    expect(sealed).not.toContain('api-key');
    expect(await box.open(sealed)).toEqual({ plain: 'api-key' });
  });

  it('refuses to seal on Linux when the backend is basic_text (a hard-coded key)', async () => {
    const box = createSafeStorageSecretBox(fakeSafeStorage({ backend: 'basic_text' }), 'linux');
    expect(await box.available()).toBe(false);
    await expect(box.seal('x')).rejects.toThrow(/no system keyring/);
    expect(await box.describe()).toMatch(/No system keyring/);
  });

  it('basic_text is only a Linux concern', async () => {
    expect(
      await createSafeStorageSecretBox(
        fakeSafeStorage({ backend: 'basic_text' }),
        'win32',
      ).available(),
    ).toBe(true);
  });

  it('refuses when the OS offers no encryption', async () => {
    const box = createSafeStorageSecretBox(fakeSafeStorage({ available: false }), 'darwin');
    await expect(box.seal('x')).rejects.toThrow(/cannot be stored safely/);
  });

  it('re-seals when the OS asks for it', async () => {
    const box = createSafeStorageSecretBox(fakeSafeStorage({ reEncrypt: true }), 'linux');
    const opened = await box.open(await box.seal('k'));
    expect(opened.plain).toBe('k');
    expect(opened.resealed).toBeTypeOf('string');
  });
});
