import { randomUUID } from 'node:crypto';
import { chmod, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { SecretBox } from '../ports';

const VaultFile = z.strictObject({
  version: z.literal(1),
  entries: z.record(z.string().max(128), z.string().max(65_536)),
});

const Credentials = z.record(z.string().max(64), z.string().max(4096));
export type Credentials = z.infer<typeof Credentials>;

/**
 * Platform credentials, sealed one by one by the secret box (the OS keychain in Electron) and
 * kept in a private file of the data folder. platform_config only holds the reference; nothing
 * here is ever logged or sent to the renderer. Writes are atomic (temp file + rename).
 */
export async function openCredentialVault(dataDir: string, box: SecretBox) {
  const file = path.join(dataDir, 'credentials.sealed.json');
  let entries = new Map<string, string>();
  try {
    const parsed = VaultFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) {
      throw new Error(
        `The credentials file ${file} is damaged; move it away and connect the platforms again.`,
      );
    }
    entries = new Map(Object.entries(parsed.data.entries));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let writing = Promise.resolve();
  const persist = () => {
    const snapshot = JSON.stringify({ version: 1, entries: Object.fromEntries(entries) });
    writing = writing.then(async () => {
      const tmp = `${file}.${randomUUID()}.tmp`;
      await writeFile(tmp, snapshot, { mode: 0o600 });
      await chmod(tmp, 0o600);
      await rename(tmp, file);
    });
    return writing;
  };
  return {
    async put(ref: string, credentials: Credentials): Promise<void> {
      entries.set(ref, await box.seal(JSON.stringify(Credentials.parse(credentials))));
      await persist();
    },
    async get(ref: string): Promise<Credentials | null> {
      const sealed = entries.get(ref);
      if (sealed === undefined) return null;
      const opened = await box.open(sealed);
      if (opened.resealed) {
        entries.set(ref, opened.resealed);
        await persist();
      }
      return Credentials.parse(JSON.parse(opened.plain));
    },
    async remove(ref: string): Promise<void> {
      if (!entries.delete(ref)) return;
      await persist();
    },
    has: (ref: string) => entries.has(ref),
  };
}

export type CredentialVault = Awaited<ReturnType<typeof openCredentialVault>>;

/** What the renderer may see of a credential: enough to recognise it, never enough to use it. */
export function maskSecret(value: string): string {
  if (value.length <= 8) return '•'.repeat(Math.max(4, value.length));
  return `${value.slice(0, 2)}${'•'.repeat(6)}${value.slice(-2)}`;
}
