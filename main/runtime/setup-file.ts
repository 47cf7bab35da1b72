import { randomUUID } from 'node:crypto';
import { chmod, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * How this desk works, chosen at first launch and kept in `setup.json` of the data folder:
 * standalone, or enrolled with a relay (its device token sealed by the secret box: the plain
 * token is never written). Written atomically; a damaged file is an error that names it.
 */
export const SetupFile = z.discriminatedUnion('mode', [
  z.strictObject({ version: z.literal(1), mode: z.literal('standalone'), chosenAt: z.number() }),
  z.strictObject({
    version: z.literal(1),
    mode: z.literal('relay'),
    chosenAt: z.number(),
    relay: z.strictObject({
      baseUrl: z.string().min(1),
      tenantId: z.string().min(1),
      deviceId: z.string().min(1),
      deviceName: z.string().min(1),
      sealedToken: z.string().min(1),
    }),
  }),
]);
export type SetupFile = z.infer<typeof SetupFile>;

export const SETUP_FILE_NAME = 'setup.json';

export async function readSetupFile(dataDir: string): Promise<SetupFile | null> {
  const file = path.join(dataDir, SETUP_FILE_NAME);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = SetupFile.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      `The setup file ${file} is damaged. Move it away to set this desk up again (the reservations are not in it).`,
    );
  }
  return parsed.data;
}

export async function writeSetupFile(dataDir: string, setup: SetupFile): Promise<void> {
  const file = path.join(dataDir, SETUP_FILE_NAME);
  const tmp = `${file}.${randomUUID()}.tmp`;
  await writeFile(tmp, `${JSON.stringify(SetupFile.parse(setup), null, 2)}\n`, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, file);
}
