import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const READY = /Couvert relay listening on (http:\/\/127\.0\.0\.1:(\d+)\/)/;

export interface RelayProcess {
  child: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  /** Resolves with the exit code (or signal name). */
  exited: Promise<number | string>;
}

/** Runs a CLI script of the relay (`relay/cli/<script>.ts`) with Node 24 + tsx, as the npm scripts do. */
export function runRelayCli(
  script: 'serve' | 'admin',
  args: string[],
  env: Record<string, string> = {},
) {
  return spawn(process.execPath, ['--import', 'tsx', `relay/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Starts `relay/cli/serve.ts` and waits for its exact "listening" line. */
export async function startRelayProcess(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<RelayProcess> {
  const child = runRelayCli('serve', ['--port', '0', '--log-level', 'warn', ...args], env);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`relay did not start in time:\n${out}`)),
      timeoutMs,
    );
    const check = () => {
      const m = READY.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m);
      }
    };
    child.stdout.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`relay exited (${code}) before listening:\n${out}`));
    });
  });
  return {
    child,
    url: (match[1] ?? '').replace(/\/$/, ''),
    port: Number(match[2]),
    output: () => out,
    exited,
  };
}

/** Runs a CLI to completion; resolves with its exit code and output. */
export function runToEnd(
  script: 'serve' | 'admin',
  args: string[],
  env: Record<string, string> = {},
) {
  const child = runRelayCli(script, args, env);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
}
