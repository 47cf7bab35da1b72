import { findElectronBinary } from '../../main/cli/electron-binary';
import { projectRoot } from './start-desk';

/** Says once, in one line, whether the Electron suite can run on this machine. */
export default function globalSetup(): void {
  const electron = findElectronBinary(projectRoot, process.env);
  if (!electron.found) {
    console.log(
      `Electron e2e suite skipped: ${electron.reason} (the browser suite drives the same renderer).`,
    );
  }
}
