import type { SecretBox } from '../ports';

/** The async half of Electron's safeStorage (the sync API is deprecated in Electron 45). */
export interface AsyncSafeStorage {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plain: string): Promise<Uint8Array>;
  decryptStringAsync(sealed: Uint8Array): Promise<{ result: string; shouldReEncrypt: boolean }>;
  getSelectedStorageBackend?(): string;
}

/**
 * Secrets sealed by the OS keychain. On Linux, the `basic_text` backend uses a hard-coded key,
 * which protects nothing: the box then reports itself unavailable and refuses to seal.
 */
export function createSafeStorageSecretBox(
  storage: AsyncSafeStorage,
  platform: NodeJS.Platform,
): SecretBox {
  const weakBackend = () =>
    platform === 'linux' && storage.getSelectedStorageBackend?.() === 'basic_text';
  const available = async () => (await storage.isAsyncEncryptionAvailable()) && !weakBackend();
  return {
    kind: 'os-keychain',
    available,
    async describe() {
      if (weakBackend())
        return 'No system keyring was found; Couvert will not store secrets until one is available.';
      return (await available())
        ? "Secrets are sealed by the system's keychain."
        : "The system's keychain is not available.";
    },
    async seal(plain) {
      if (!(await available()))
        throw new Error(
          'Secrets cannot be stored safely on this computer: no system keyring is available.',
        );
      return Buffer.from(await storage.encryptStringAsync(plain)).toString('base64');
    },
    async open(sealed) {
      const { result, shouldReEncrypt } = await storage.decryptStringAsync(
        Buffer.from(sealed, 'base64'),
      );
      if (!shouldReEncrypt) return { plain: result };
      return {
        plain: result,
        resealed: Buffer.from(await storage.encryptStringAsync(result)).toString('base64'),
      };
    },
  };
}
