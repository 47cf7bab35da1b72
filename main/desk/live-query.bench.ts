import { firstValueFrom, filter } from 'rxjs';
import { createLogger } from './logger';
import { assembleDesk } from './assemble-desk';
import { createKeyFileSecretBox } from '../secret-box/key-file-secret-box';
import { spawnRenderer } from './testing/spawn-renderer';
import { row, type BenchSuite } from '../tools/bench/bench-types';
import { median, percentile } from '../tools/bench/measure';

const DATE = '2026-11-20';
const ZONE = 'Europe/Paris';
const WRITES = 150;

/**
 * A write in main → the renderer's live day book updated, through the storage hub and a real
 * process boundary (the renderer runs in a child process, messages cloned as IPC does). The
 * reference is main's own live query on the same write.
 */
export const liveQueryBench: BenchSuite = {
  name: 'live-query',
  description:
    'main writes a reservation; time until the live day book emits, in a renderer process vs in main',
  async run({ tmpDir }) {
    const desk = await assembleDesk({
      runtime: 'browser',
      version: 'bench',
      versions: { node: process.versions.node },
      dataDir: tmpDir,
      clock: { now: () => new Date() },
      secretBox: await createKeyFileSecretBox(tmpDir),
      log: createLogger({ level: 'error', write: () => undefined }),
    });
    const renderer = await spawnRenderer(desk);
    const inRenderer: number[] = [];
    const inMain: number[] = [];
    try {
      renderer.command({ kind: 'watch-day', date: DATE, zone: ZONE });
      await renderer.next('day');
      const mainBook$ = desk.store.repos.reservations.dayBook$(DATE, ZONE);
      for (let i = 1; i <= WRITES; i++) {
        const seenByRenderer = renderer.next<{ kind: string; at: number; ids: string[] }>(
          'day',
          (m) => m.ids.length === i,
        );
        const seenByMain = firstValueFrom(mainBook$.pipe(filter((b) => b.length === i)));
        const t0 = performance.timeOrigin + performance.now();
        await desk.store.repos.reservations.create({
          guestName: `Guest ${i}`,
          partySize: 2,
          startsAt: Date.parse('2026-11-20T18:00:00Z') + i * 60_000,
          durationMinutes: 90,
          status: 'confirmed',
          source: 'phone',
          tableIds: [],
          allergies: [],
          dietaryRestrictions: [],
        });
        await seenByMain;
        inMain.push(performance.timeOrigin + performance.now() - t0);
        inRenderer.push((await seenByRenderer).at - t0);
      }
    } finally {
      await renderer.stop();
      await desk.close();
    }
    const frame = { op: '<' as const, value: 16.7, label: 'p99 < 16.7 ms (one frame)' };
    // What the bridge adds on top of the write itself (a durable SQLite commit included in both).
    const overhead = inRenderer.map((r, i) => Math.max(0, r - (inMain[i] ?? r)));
    return [
      row({
        suite: 'live-query',
        name: 'main write → renderer live query, median',
        value: median(inRenderer),
        unit: 'ms',
        reference: median(inMain),
      }),
      row({
        suite: 'live-query',
        name: 'main write → renderer live query, p99',
        value: percentile(inRenderer, 99),
        unit: 'ms',
        reference: percentile(inMain, 99),
      }),
      row({
        suite: 'live-query',
        name: 'delay after main sees the write, p99',
        value: percentile(overhead, 99),
        unit: 'ms',
        target: frame,
      }),
    ];
  },
};
