import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncLog } from '../../../shared/domain/sync-log';
import { reservationDraft } from '../../../shared/store/testing/fixtures';
import type { Snapshot } from '../../../shared/store/store-deps';
import { createDeskEngineStore } from './desk-engine-store';
import { RETRY_DELAYS_MS } from './retry-policy';
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

/** The outbound queue on a clock the test moves: retries, parking, restarts, ordering. */
describe('outbound jobs', () => {
  let sims: Sims;
  let desk: Desk;
  let time: ManualTime;
  let engine: SyncEngine;

  const build = () =>
    createSyncEngine({
      store: createDeskEngineStore(desk.db, desk.repos, time),
      connectorFor: (config) => desk.connectorFor(config),
      clock: time,
      timers: time,
      logger: desk.logger,
      newId: () => crypto.randomUUID(),
    });
  const jobsOf = async (reservationId: string): Promise<Snapshot<SyncLog>[]> =>
    (await desk.logs())
      .filter((l) => l.entityId === reservationId && l.jobId === l.id)
      .sort((a, b) => a.id.localeCompare(b.id));
  const attemptsOf = async (jobId: string) =>
    (await desk.logs()).filter((l) => l.jobId === jobId && l.id !== jobId);
  const restart = async () => {
    await engine.stop();
    engine = build();
    await engine.start();
    await engine.idle();
  };

  beforeAll(async () => {
    sims = await startSims();
    time = manualTime();
    desk = await openDesk(sims, time, { formitable: null });
    engine = build();
    await engine.start();
    await engine.idle();
  });
  afterAll(async () => {
    await engine.stop();
    await desk.db.close();
    await sims.close();
  });

  it('retries after 1 min, 5 min, 30 min, 2 h, 8 h, then parks the job with its error', async () => {
    await sims.forkScenario.injectFault({ kind: 'server-errors', count: 10_000, status: 500 });
    const r = await desk.repos.reservations.create(
      reservationDraft({
        startsAt: dinnerSlot(3).ms,
        email: 'jo.park@example.com',
        guestName: 'Jo Park',
      }),
    );
    const seen: number[] = [];
    for (const delay of RETRY_DELAYS_MS) {
      const job = await eventually(
        async () => {
          await engine.idle();
          const [j] = await jobsOf(r.id);
          return j?.status === 'retry_scheduled' && j.retryCount === seen.length + 1
            ? j
            : undefined;
        },
        8_000,
        `retry ${String(seen.length + 1)}`,
      );
      const attempts = await attemptsOf(job.id);
      const failedAt = attempts.at(-1)?.at ?? 0;
      seen.push((job.nextRetryAt ?? 0) - failedAt - (attempts.at(-1)?.durationMs ?? 0));
      expect(job.nextRetryAt).toBeGreaterThan(time.now() + delay - 5_000);
      time.advance(delay);
    }
    const parked = await eventually(
      async () => {
        await engine.idle();
        const [j] = await jobsOf(r.id);
        return j?.status === 'parked' ? j : undefined;
      },
      8_000,
      'the job to be parked',
    );
    expect(parked.retryCount).toBe(5);
    expect(parked.error?.message).toMatch(/^Gave up after 5 retries: /);
    expect(parked.nextRetryAt).toBeUndefined();
    const attempts = await attemptsOf(parked.id);
    expect(attempts).toHaveLength(6);
    expect(attempts.every((a) => a.status === 'failed' && a.error !== undefined)).toBe(true);
    // Each wait is the schedule's, to within the time the failing attempt itself took.
    seen.forEach((waited, i) => {
      expect(Math.abs(waited - (RETRY_DELAYS_MS[i] ?? 0))).toBeLessThan(5_000);
    });
    const status = await engine.status();
    expect(status.platforms[0]).toMatchObject({ platform: 'thefork', queueDepth: 0 });
    expect(status.platforms[0]?.lastError?.message).toBeTruthy();
    await sims.forkScenario.clearFaults();
  });

  it('keeps jobs across a restart and runs a reservation’s jobs in order, never two at once', async () => {
    await sims.forkScenario.injectFault({ kind: 'server-errors', count: 10_000, status: 502 });
    const slot = dinnerSlot(4);
    const r = await desk.repos.reservations.create(
      reservationDraft({
        startsAt: slot.ms,
        partySize: 2,
        email: 'lou.martin@example.com',
        guestName: 'Lou Martin',
      }),
    );
    await eventually(
      async () => {
        await engine.idle();
        return (await jobsOf(r.id))[0]?.status === 'retry_scheduled';
      },
      8_000,
      'the first job to wait',
    );
    await desk.repos.reservations.update(r.id, { partySize: 3 });
    await desk.repos.reservations.update(r.id, { partySize: 4 });
    await engine.idle();
    let jobs = await jobsOf(r.id);
    // One later job, waiting behind the first (coalesced: it sends the latest state).
    expect(jobs.map((j) => j.status)).toEqual(['retry_scheduled', 'pending']);

    await restart();
    jobs = await jobsOf(r.id);
    expect(jobs.map((j) => j.status)).toEqual(['retry_scheduled', 'pending']);
    await sims.forkScenario.clearFaults();
    time.advance(RETRY_DELAYS_MS[0] ?? 0);
    await eventually(
      async () => {
        await engine.idle();
        return (await jobsOf(r.id)).every(
          (j) => j.status === 'succeeded' || j.status === 'skipped',
        );
      },
      8_000,
      'both jobs to finish',
    );
    jobs = await jobsOf(r.id);
    const [first, second] = await Promise.all(jobs.map((j) => attemptsOf(j.id)));
    const firstDone = first?.at(-1);
    const secondDone = second?.at(-1);
    expect(firstDone?.status).toBe('succeeded');
    expect((firstDone?.at ?? 0) + (firstDone?.durationMs ?? 0)).toBeLessThanOrEqual(
      secondDone?.at ?? 0,
    );
    const onFork = (await sims.forkScenario.reservations()).filter(
      (x) => Date.parse(x.reservation.mealDate ?? '') === slot.ms,
    );
    expect(onFork.map((x) => x.reservation.partySize)).toEqual([4]);
  });

  it('after a crash mid-create, looks the booking up instead of creating it twice', async () => {
    const slot = dinnerSlot(5);
    await engine.stop();
    const r = await desk.repos.reservations.create(
      reservationDraft({
        startsAt: slot.ms,
        partySize: 2,
        email: 'eva.brun@example.com',
        guestName: 'Eva Brun',
      }),
    );
    // The crashed run had sent the create (TheFork has it) and marked its job running.
    await sims.forkScenario.createReservation({
      mealDate: slot.iso,
      partySize: 2,
      customer: { email: 'eva.brun@example.com', firstName: 'Eva', lastName: 'Brun' },
      reservationChannel: 'TheFork Manager API',
      silent: true,
    });
    const at = time.now();
    await desk.repos.sync.appendLog({
      id: 'job-crashed-1',
      jobId: 'job-crashed-1',
      platform: 'thefork',
      direction: 'outbound',
      action: 'sync',
      status: 'running',
      entityType: 'reservation',
      entityId: r.id,
      retryCount: 0,
      at,
    });
    engine = build();
    await engine.start();
    await eventually(
      async () => {
        await engine.idle();
        return (await jobsOf(r.id)).every(
          (j) => j.status === 'succeeded' || j.status === 'skipped',
        );
      },
      8_000,
      'the recovered job',
    );
    const onFork = (await sims.forkScenario.reservations()).filter(
      (x) => Date.parse(x.reservation.mealDate ?? '') === slot.ms,
    );
    expect(onFork).toHaveLength(1);
    const mapping = (await desk.repos.sync.mappingsOfEntity('reservation', r.id))[0];
    expect(mapping?.externalId).toBe(onFork[0]?.reservation.reservationUuid);
    // Exactly one desk reservation for it: the poller's copy was recognised as ours.
    expect((await desk.reservations()).filter((x) => x.startsAt === slot.ms)).toHaveLength(1);
  });
});
