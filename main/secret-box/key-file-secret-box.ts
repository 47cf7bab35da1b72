import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SecretBox } from '../ports';

const KEY_FILE = 'secret-box.key';
const VERSION = 'k1';

/**
 * Browser mode has no OS keychain. Secrets are sealed with AES-256-GCM under a random key kept in
 * the data folder, readable by the user only. It keeps secrets out of the database and the logs,
 * but anyone who can read the data folder can open them: `describe()` says so.
 */
export async function createKeyFileSecretBox(dataDir: string): Promise<SecretBox> {
  const key = await loadOrCreateKey(path.join(dataDir, KEY_FILE));
  return {
    kind: 'local-key-file',
    available: async () => true,
    describe: async () =>
      'Secrets are sealed with a key kept in the data folder (browser mode: no system keychain).',
    async seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        VERSION,
        iv.toString('base64'),
        cipher.getAuthTag().toString('base64'),
        body.toString('base64'),
      ].join('.');
    },
    async open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== VERSION || !iv || !tag || body === undefined)
        throw new Error('This secret was not sealed by Couvert.');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
        decipher.setAuthTag(Buffer.from(tag, 'base64'));
        return {
          plain: Buffer.concat([
            decipher.update(Buffer.from(body, 'base64')),
            decipher.final(),
          ]).toString('utf8'),
        };
      } catch {
        throw new Error('This secret cannot be opened: it was altered or sealed with another key.');
      }
    },
  };
}

async function loadOrCreateKey(file: string): Promise<Buffer> {
  try {
    const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
    if (key.length !== 32)
      throw new Error(
        `The key file ${file} is damaged. Move it away to create a new one (sealed secrets will be lost).`,
      );
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const key = randomBytes(32);
    await writeFile(file, key.toString('base64'), { mode: 0o600, flag: 'wx' });
    await chmod(file, 0o600);
    return key;
  }
}
