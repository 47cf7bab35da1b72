import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningDesk {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the real `npm start` entry in browser mode on a free port with a fresh data folder and
 * waits for its "Couvert is running at" line.
 */
export async function startDesk(
  options: { extraArgs?: string[]; startTimeoutMs?: number; env?: Record<string, string> } = {},
): Promise<RunningDesk> {
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'couvert-e2e-'));
  const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
  const child: ChildProcess = spawn(
    process.execPath,
    [tsx, 'main/cli/start.ts', '--browser', '--data', dataDir, ...(options.extraArgs ?? [])],
    {
      cwd: projectRoot,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running behind a failed test.
      child.kill('SIGTERM');
      reject(new Error(`The desk did not start within ${startTimeoutMs / 1000} s:\n${output}`));
    }, startTimeoutMs);
    const check = () => {
      const match = /^Couvert is running at (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The desk exited with code ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        // A desk whose graceful close hangs gets a second SIGTERM (its default action ends it),
        // said out loud so the hang is not hidden.
        const late = setTimeout(() => {
          console.warn('The desk did not stop within 20 s of SIGTERM: sending a second one.');
          child.kill('SIGTERM');
        }, 20_000);
        await exited;
        clearTimeout(late);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
