import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

export const ELECTRON_MISSING_HINT =
  'run "npx install-electron --no" on a machine with internet access, or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron 45';

/**
 * Finds the Electron executable the way the `electron` package would, without loading the
 * package: since Electron 42, loading it starts a download when the binary is missing.
 */
export function findElectronBinary(projectRoot: string, env: NodeJS.ProcessEnv): ElectronBinary {
  const pkgDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative ?? 'electron')
    : relative
      ? path.join(pkgDir, 'dist', relative)
      : null;
  if (candidate && existsSync(candidate)) return { found: true, path: candidate };
  return {
    found: false,
    reason: override
      ? `no Electron binary at ${candidate} (ELECTRON_OVERRIDE_DIST_PATH)`
      : 'the Electron binary is not installed in node_modules/electron',
  };
}
