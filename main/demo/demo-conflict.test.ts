import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/demo/seeded-random';
import type { Conflict } from '../../shared/domain/conflict';
import type { Snapshot } from '../../shared/store/store-deps';
import { captureLogger } from '../sync/connectors/testing/capture-logger';
import { createDeskEngineStore } from '../sync/engine/desk-engine-store';
import { createSyncEngine, type SyncEngine } from '../sync/engine/sync-engine';
import { manualTime, type ManualTime } from '../sync/engine/testing/manual-timers';
import {
  eventually,
  openDesk,
  startSims,
  type Desk,
  type Sims,
} from '../sync/engine/testing/sync-harness';
import { startDemoActivity } from './demo-activity';
import { demoDeskPort } from './demo-desk-port';
import type { DemoActivity, DemoActivityDeps, DemoDeskPort, TickOutcome } from './demo-ports';

/**
 * The conflict tick wired to a real desk: a desk database, the real sync engine (standalone,
 * polling) and both simulators on 127.0.0.1. The conflict must be the engine's own finding.
 */
describe('demo conflicts through the real sync engine', () => {
  let sims: Sims;
  let desk: Desk;
  let time: ManualTime;
  let engine: SyncEngine;
  const running: DemoActivity[] = [];

  beforeAll(async () => {
    sims = await startSims();
    time = manualTime();
    desk = await openDesk(sims, time);
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
    await Promise.all(running.map((a) => a.stop()));
    await engine.stop();
    await desk.db.close();
    await sims.close();
  });

  const start = (
    seed: number,
    platforms: Partial<DemoActivityDeps>,
    port?: DemoDeskPort,
    conflictEvery = 1,
  ) => {
    const logger = captureLogger();
    const activity = startDemoActivity({
      ...platforms,
      desk: port ?? demoDeskPort(desk.repos),
      clock: time,
      timers: time,
      random: seededRandom(seed),
      logger,
      // Every tick tries a conflict; bookings start 3 h ahead at least, past the 2 h margin.
      options: { conflictEvery, mix: { book: 1, change: 0, cancel: 0 }, leadMinutes: 180 },
    });
    running.push(activity);
    return { activity, logger };
  };

  /** One tick, then the desk catches up with the platforms. */
  const tickAndSync = async (activity: DemoActivity): Promise<TickOutcome> => {
    const outcome = await activity.tickNow();
    await engine.pollNow();
    await engine.idle();
    return outcome;
  };

  const openConflictOf = async (reservationId: string) =>
    eventually(
      async () => (await desk.repos.sync.openConflictsOf('reservation', reservationId))[0],
      8_000,
      'the engine to open a conflict',
    );

  const expectPartySizeConflict = (
    conflict: Snapshot<Conflict>,
    outcome: Extract<TickOutcome, { kind: 'conflict' }>,
    platform: string,
  ) => {
    expect(conflict.platform).toBe(platform);
    expect(conflict.externalId).toBe(outcome.externalId);
    expect(conflict.status).toBe('open');
    expect(conflict.fields).toEqual([
      expect.objectContaining({
        field: 'partySize',
        local: outcome.desk,
        remote: outcome.remote,
        base: outcome.base,
      }),
    ]);
  };

  it.each([
    ['TheFork', 'thefork'],
    ['Zenchef', 'formitable'],
  ] as const)(
    'on %s: a booking, then the same party size changed on both sides becomes an open conflict',
    async (label, platform) => {
      const platforms: Partial<DemoActivityDeps> =
        platform === 'thefork'
          ? { thefork: { scenario: sims.forkScenario } }
          : { formitable: { scenario: sims.formScenario } };
      const { activity, logger } = start(label === 'TheFork' ? 41 : 42, platforms);

      // Nothing synced yet: the conflict is owed and a guest books instead.
      const first = await tickAndSync(activity);
      expect(first.kind).toBe('booked');
      const second = await activity.tickNow();
      expect(second.kind).toBe('conflict');
      if (second.kind !== 'conflict' || first.kind !== 'booked') return;
      expect(second.platform).toBe(label);
      expect(second.externalId).toBe(first.externalId);
      expect(second.base).toBe(first.partySize);

      const conflict = await openConflictOf(second.reservationId);
      expectPartySizeConflict(conflict, second, platform);
      await engine.idle();
      // Nothing was pushed over the dispute: each side keeps its own value.
      expect((await desk.repos.reservations.byId(second.reservationId))?.partySize).toBe(
        second.desk,
      );
      const remote =
        platform === 'thefork'
          ? (await sims.forkScenario.reservation(second.externalId)).reservation.partySize
          : (await sims.formScenario.booking(second.externalId)).booking.numberOfPeople;
      expect(remote).toBe(second.remote);
      expect(
        (await desk.logs()).some(
          (l) => l.action === 'conflict' && l.entityId === second.reservationId,
        ),
      ).toBe(true);
      expect(logger.text()).toMatch(/on the desk at once/);

      // The disputed booking is left alone: the next conflict tick finds nothing else and books.
      const third = await tickAndSync(activity);
      expect(third.kind).toBe('booked');
      expect(
        await desk.repos.sync.openConflictsOf('reservation', second.reservationId),
      ).toHaveLength(1);
      await activity.stop();
    },
  );

  it('stages nothing on a platform that masters reservations (conflicts: false)', async () => {
    const { activity } = start(43, {
      thefork: { scenario: sims.forkScenario, conflicts: false },
    });
    const outcomes = [await tickAndSync(activity), await tickAndSync(activity)];
    expect(outcomes.map((o) => o.kind)).toEqual(['booked', 'booked']);
    await activity.stop();
  });

  it('logs a desk write that fails, and the next tick goes on', async () => {
    const real = demoDeskPort(desk.repos);
    let refusals = 0;
    const refusing: DemoDeskPort = {
      bookingOf: (p, id) => real.bookingOf(p, id),
      setPartySize: async () => {
        refusals += 1;
        throw new Error('the desk database is closed');
      },
    };
    const { activity, logger } = start(
      44,
      { thefork: { scenario: sims.forkScenario } },
      refusing,
      2,
    );
    expect((await tickAndSync(activity)).kind).toBe('booked');
    const failed = await activity.tickNow();
    expect(failed).toMatchObject({ kind: 'failed', error: 'the desk database is closed' });
    expect(refusals).toBe(1);
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect((await activity.tickNow()).kind).toBe('booked');
    await activity.stop();
  });
});
