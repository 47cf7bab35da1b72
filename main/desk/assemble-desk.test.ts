import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from './logger';
import { assembleDesk, type Desk } from './assemble-desk';
import { createKeyFileSecretBox } from '../secret-box/key-file-secret-box';
import { spawnRenderer } from './testing/spawn-renderer';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function startDesk(): Promise<{ desk: Desk; dataDir: string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'couvert-desk-'));
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
  const desk = await assembleDesk({
    runtime: 'browser',
    version: 'test',
    versions: { node: process.versions.node },
    dataDir,
    clock: { now: () => new Date() },
    secretBox: await createKeyFileSecretBox(dataDir),
    log: createLogger({ level: 'error', write: () => undefined }),
  });
  cleanup.push(() => desk.close());
  return { desk, dataDir };
}

const draft = (startsAt: number) => ({
  guestName: 'Ana Duarte',
  partySize: 4,
  startsAt,
  durationMinutes: 90,
  status: 'confirmed' as const,
  source: 'phone',
  tableIds: [],
  allergies: ['peanuts'],
  dietaryRestrictions: [],
});

// RxDB's open-source build allows 13 open collections per JS process, and the desk has 13: the
// renderer runs in its own process here, as it does in the app.
describe('the desk store seen from a renderer', () => {
  it("a renderer's live day book follows writes made in main, on the SQLite file", async () => {
    const { desk } = await startDesk();
    const renderer = await spawnRenderer(desk);
    cleanup.push(() => renderer.stop());
    const empty = renderer.next<{ kind: string; ids: string[] }>('day');
    renderer.command({ kind: 'watch-day', date: '2026-11-20', zone: 'Europe/Paris' });
    expect((await empty).ids).toEqual([]);
    const seen = renderer.next<{ kind: string; ids: string[] }>('day', (m) => m.ids.length === 1);
    const created = await desk.store.repos.reservations.create(
      draft(Date.parse('2026-11-20T19:30:00Z')),
    );
    expect((await seen).ids).toEqual([created.id]);
  });

  it('main sees what a renderer writes, and the write survives a restart', async () => {
    const { desk, dataDir } = await startDesk();
    const renderer = await spawnRenderer(desk);
    const answer = renderer.next<{ kind: string; id: string }>('created');
    renderer.command({ kind: 'create', draft: draft(Date.parse('2026-11-21T12:00:00Z')) });
    const { id } = await answer;
    expect((await desk.store.repos.reservations.byId(id))?.guestName).toBe('Ana Duarte');
    await renderer.stop();
    await desk.close();

    const again = await assembleDesk({
      runtime: 'browser',
      version: 'test',
      versions: { node: process.versions.node },
      dataDir,
      clock: { now: () => new Date() },
      secretBox: await createKeyFileSecretBox(dataDir),
      log: createLogger({ level: 'error', write: () => undefined }),
    });
    cleanup.push(() => again.close());
    expect((await again.store.repos.reservations.byId(id))?.partySize).toBe(4);
  });

  it('a renderer that asks for another database is refused with a sentence', async () => {
    const { desk } = await startDesk();
    const answers: unknown[] = [];
    const client = desk.connectStorage((a) => answers.push(a));
    client.receive({
      connectionId: 'c',
      requestId: 'r',
      method: 'create',
      version: 'x',
      params: { databaseName: 'other' },
    });
    expect(answers).toEqual([
      expect.objectContaining({
        error: expect.objectContaining({
          message: 'The desk only serves the databases desk.',
        }) as unknown,
      }),
    ]);
  });
});
