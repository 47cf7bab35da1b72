import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncLog } from '../../../shared/domain/sync-log';
import type { Snapshot } from '../../../shared/store/store-deps';
import { reservationDraft } from '../../../shared/store/testing/fixtures';
import { createDeskEngineStore } from './desk-engine-store';
import { createSyncEngine, type SyncEngine } from './sync-engine';
import { manualTime, type ManualTime } from './testing/manual-timers';
import {
  dinnerSlot,
  eventually,
  openDesk,
  startSims,
  type Desk,
  type Sims,
} from './testing/sync-harness';

/** "Sync now" on the Sync screen: jobs waiting for a retry run at once, the clock not moved. */
describe('retryWaitingNow', () => {
  let sims: Sims;
  let desk: Desk;
  let time: ManualTime;
  let engine: SyncEngine;

  const jobsOf = async (reservationId: string): Promise<Snapshot<SyncLog>[]> =>
    (await desk.logs())
      .filter((l) => l.entityId === reservationId && l.jobId === l.id)
      .sort((a, b) => a.id.localeCompare(b.id));

  beforeAll(async () => {
    sims = await startSims();
    time = manualTime();
    desk = await openDesk(sims, time, { formitable: null });
    engine = createSyncEngine({
      store: createDeskEngineStore(desk.db, desk.repos, time),
      connectorFor: (config) => desk.connectorFor(config),
      clock: time,
      timers: time,
      logger: desk.logger,
      newId: () => crypto.randomUUID(),
    });
    await engine.start();
    await engine.idle();
  });
  afterAll(async () => {
    await engine.stop();
    await desk.db.close();
    await sims.close();
  });

  it('does nothing when no job waits', async () => {
    expect(await engine.retryWaitingNow()).toBe(0);
  });

  it('runs a job scheduled for later now, without moving the clock', async () => {
    await sims.forkScenario.injectFault({ kind: 'server-errors', count: 10_000, status: 503 });
    const r = await desk.repos.reservations.create(
      reservationDraft({
        startsAt: dinnerSlot(5).ms,
        email: 'ines.roux@example.com',
        guestName: 'Inès Roux',
      }),
    );
    const waiting = await eventually(
      async () => {
        await engine.idle();
        const [job] = await jobsOf(r.id);
        return job?.status === 'retry_scheduled' ? job : undefined;
      },
      8_000,
      'the job to wait for a retry',
    );
    const frozenAt = time.now();
    expect(waiting.nextRetryAt).toBeGreaterThan(frozenAt + 30_000);
    expect((await engine.status()).platforms[0]?.queueDepth).toBe(1);

    await sims.forkScenario.clearFaults();
    // Without "sync now" nothing happens: the retry is a minute away on a clock nobody moves.
    engine.runDueJobs();
    await engine.idle();
    expect((await jobsOf(r.id))[0]?.status).toBe('retry_scheduled');

    expect(await engine.retryWaitingNow()).toBe(1);
    const done = await eventually(
      async () => {
        await engine.idle();
        const [job] = await jobsOf(r.id);
        return job?.status === 'succeeded' ? job : undefined;
      },
      8_000,
      'the job to succeed',
    );
    // Real time flows under the manual clock, but nowhere near the minute the retry waited for.
    expect(time.now() - frozenAt).toBeLessThan(10_000);
    expect(done.updatedAt).toBeLessThan(waiting.nextRetryAt ?? 0);
    expect(done.retryCount).toBe(1);
    expect((await desk.repos.sync.mappingsOfEntity('reservation', r.id))[0]?.platform).toBe(
      'thefork',
    );
    expect((await engine.status()).platforms[0]?.queueDepth).toBe(0);
    // Nothing left waiting: a second "sync now" finds nothing to hurry.
    expect(await engine.retryWaitingNow()).toBe(0);
  });
});
