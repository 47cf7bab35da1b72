import path from 'node:path';
import { mkdir, access, constants } from 'node:fs/promises';

export const PRODUCT_NAME = 'Couvert';

/** Where Electron's `app.getPath('userData')` would put our data, computed without Electron. */
export function defaultDataDir(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  home: string,
): string {
  if (platform === 'win32')
    return path.win32.join(
      env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'),
      PRODUCT_NAME,
    );
  if (platform === 'darwin')
    return path.posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  const config =
    env.XDG_CONFIG_HOME && path.isAbsolute(env.XDG_CONFIG_HOME)
      ? env.XDG_CONFIG_HOME
      : path.join(home, '.config');
  return path.join(config, PRODUCT_NAME);
}

/** Creates the folder (private to the user) and checks it is writable, with a sentence if not. */
export async function prepareDataDir(dir: string): Promise<string> {
  const absolute = path.resolve(dir);
  try {
    await mkdir(absolute, { recursive: true, mode: 0o700 });
    await access(absolute, constants.R_OK | constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw new Error(
      `Couvert cannot use the data folder ${absolute} (${code}). Choose another one with --data <folder>.`,
      {
        cause: error,
      },
    );
  }
  return absolute;
}
