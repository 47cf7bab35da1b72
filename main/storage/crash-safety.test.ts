/**
 * Crash safety: a child process writes in a loop and is killed with SIGKILL at random moments.
 * After each kill the file must open cleanly (quick_check on open) and hold every write the
 * child saw acknowledged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { build } from 'esbuild';
import { getRxStorageSQLite } from './index';
import { openInstance, tempDirectory } from './storage-test-fixtures';

const KILLS = 50;
let temp: ReturnType<typeof tempDirectory>;
let writerBundle: string;

beforeAll(async () => {
  temp = tempDirectory('couvert-crash-');
  // One bundle instead of a TypeScript loader per child: a child starts in ~0.2 s.
  writerBundle = path.join(temp.dir, 'crash-writer.cjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./crash-writer.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: writerBundle,
    logLevel: 'warning',
  });
});
afterAll(() => temp.remove());

const revisionHeight = (rev: string) => Number.parseInt(rev.split('-')[0] ?? '0', 10);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Round {
  acked: string[];
  counterHeight: number;
  sawReady: boolean;
}

/** Starts the writer, kills it at a random moment, returns what it acknowledged. */
async function runAndKill(
  directory: string,
  runId: string,
  killDuringOpen: boolean,
): Promise<Round> {
  const child = spawn(process.execPath, [writerBundle, directory, runId], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const round: Round = { acked: [], counterHeight: 0, sawReady: false };
  let stderr = '';
  let pending = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
      const [kind, rev, ...ids] = pending.slice(0, nl).split(' ');
      pending = pending.slice(nl + 1);
      if (kind === 'ready') {
        round.sawReady = true;
        onReady();
      } else if (kind === 'ack' && rev) {
        round.acked.push(...ids);
        round.counterHeight = revisionHeight(rev);
      }
    }
  });
  const exited = once(child, 'exit');
  if (killDuringOpen) {
    await pause(Math.random() * 150);
  } else {
    await Promise.race([ready, exited]);
    await pause(5 + Math.random() * 120);
  }
  child.kill('SIGKILL');
  const [code, signal] = (await exited) as [number | null, string | null];
  if (signal !== 'SIGKILL') throw new Error(`writer ended by itself (${String(code)}): ${stderr}`);
  return round;
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs`, async () => {
    const directory = path.join(temp.dir, 'data');
    const acked = new Set<string>();
    let counterHeight = 0;
    let roundsWithWrites = 0;
    for (let i = 0; i < KILLS; i++) {
      const round = await runAndKill(directory, `r${i}`, i % 8 === 3);
      for (const id of round.acked) acked.add(id);
      counterHeight = Math.max(counterHeight, round.counterHeight);
      if (round.acked.length > 0) roundsWithWrites++;

      const instance = await openInstance(getRxStorageSQLite({ directory }));
      const found = await instance.findDocumentsById([...acked], false);
      expect(found.length, `round ${i}: acknowledged writes missing`).toBe(acked.size);
      const [counter] = await instance.findDocumentsById(['counter'], false);
      expect(revisionHeight(counter?._rev ?? '0-')).toBeGreaterThanOrEqual(counterHeight);
      await instance.close();
    }
    expect(roundsWithWrites).toBeGreaterThan(KILLS / 2);
    const raw = new DatabaseSync(getRxStorageSQLite({ directory }).fileOf('testdb'));
    expect(raw.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    raw.close();
  }, 90_000);
});
