import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../shared/demo/seeded-random';
import { isoWeekday, localDateOf, localTimeOf, minutesOfDay } from '../../shared/domain/time';
import { FormitableScenarioClient } from '../../sim/formitable/scenario-client';
import { startFormitableSim, type FormitableSim } from '../../sim/formitable/server';
import { TheForkScenarioClient } from '../../sim/thefork/scenario-client';
import { startTheForkSim, type TheForkSim } from '../../sim/thefork/server';
import { captureLogger } from '../sync/connectors/testing/capture-logger';
import { manualTime, type ManualTime } from '../sync/engine/testing/manual-timers';
import { startDemoActivity } from './demo-activity';
import { DemoActivityError, type DemoActivityOptionsInput } from './demo-activity-options';
import type { DemoActivity, DemoActivityDeps, TickOutcome } from './demo-ports';
import { startBrokenScenarioServer } from './testing/broken-scenario-server';

const TZ = 'Europe/Paris';

function inDemoService(instant: number): boolean {
  const m = minutesOfDay(localTimeOf(instant, TZ));
  const sunday = isoWeekday(localDateOf(instant, TZ)) === 7;
  return (!sunday && m >= 12 * 60 && m <= 13 * 60 + 45) || (m >= 19 * 60 && m <= 21 * 60 + 45);
}

describe('demo activity against the simulators', () => {
  let fork: TheForkSim;
  let form: FormitableSim;
  let forkScenario: TheForkScenarioClient;
  let formScenario: FormitableScenarioClient;
  const running: DemoActivity[] = [];

  beforeAll(async () => {
    fork = await startTheForkSim({ seed: 31, relayUrl: null });
    form = await startFormitableSim({ seed: 32, relayUrl: null });
    forkScenario = new TheForkScenarioClient(fork.scenarioUrl);
    formScenario = new FormitableScenarioClient(form.scenarioUrl);
  });
  beforeEach(async () => {
    await Promise.all(running.splice(0).map((a) => a.stop()));
    await Promise.all([forkScenario.reset(), formScenario.reset()]);
  });
  afterAll(async () => {
    await Promise.all(running.map((a) => a.stop()));
    await Promise.all([fork.close(), form.close()]);
  });

  const start = (
    seed: number,
    options: DemoActivityOptionsInput = {},
    extra: Partial<DemoActivityDeps> = {},
  ) => {
    const time = manualTime();
    const logger = captureLogger();
    const activity = startDemoActivity({
      thefork: { scenario: forkScenario },
      formitable: { scenario: formScenario },
      clock: time,
      timers: time,
      random: seededRandom(seed),
      logger,
      options,
      ...extra,
    });
    running.push(activity);
    return { activity, time, logger };
  };

  const ticks = async (activity: DemoActivity, n: number): Promise<TickOutcome[]> => {
    const out: TickOutcome[] = [];
    for (let i = 0; i < n; i += 1) out.push(await activity.tickNow());
    return out;
  };

  const dueIn = (time: ManualTime): number[] => time.pending().map((at) => at - time.now());

  it('plans the first tick within a minute, then one every one to three minutes', async () => {
    const { activity, time } = start(1);
    const [first] = dueIn(time);
    expect(first).toBeGreaterThanOrEqual(30_000);
    expect(first).toBeLessThanOrEqual(60_000);
    time.advance(60_000);
    await activity.idle();
    expect(activity.ticks).toBe(1);
    const made =
      (await forkScenario.reservations()).length + (await formScenario.bookings()).length;
    expect(made).toBe(1);
    for (let i = 2; i <= 4; i += 1) {
      const next = dueIn(time);
      expect(next).toHaveLength(1);
      expect(next[0]).toBeGreaterThanOrEqual(60_000);
      expect(next[0]).toBeLessThanOrEqual(180_000);
      time.advance(59_000);
      await activity.idle();
      expect(activity.ticks).toBe(i - 1);
      time.advance(121_000);
      await activity.idle();
      expect(activity.ticks).toBe(i);
    }
  });

  it('creates bookings on both platforms, inside the services, for 1 to 8 named guests', async () => {
    const { activity, logger } = start(2, {
      mix: { book: 1, change: 0, cancel: 0 },
      conflictEvery: 0,
    });
    const outcomes = await ticks(activity, 20);
    expect(outcomes.every((o) => o.kind === 'booked')).toBe(true);
    const onFork = await forkScenario.reservations();
    const onForm = await formScenario.bookings();
    expect(onFork.length + onForm.length).toBe(20);
    expect(onFork.length).toBeGreaterThan(0);
    expect(onForm.length).toBeGreaterThan(0);
    for (const r of onFork) {
      const at = Date.parse(r.reservation.mealDate ?? '');
      expect(inDemoService(at)).toBe(true);
      expect(minutesOfDay(localTimeOf(at, TZ)) % 30).toBe(0);
      expect(r.reservation.partySize).toBeGreaterThanOrEqual(1);
      expect(r.reservation.partySize).toBeLessThanOrEqual(8);
      expect(r.reservation.status).toBe('RECORDED');
      expect(r.customer?.lastName).toMatch(/\p{L}/u);
      expect(r.reservation.reservationChannel).not.toBe('TheFork Manager API');
    }
    for (const b of onForm) {
      const at = Date.parse(b.booking.bookingDateTime);
      expect(inDemoService(at)).toBe(true);
      expect(b.booking.numberOfPeople).toBeGreaterThanOrEqual(1);
      expect(b.booking.numberOfPeople).toBeLessThanOrEqual(8);
      expect(b.booking.status).toBe('ACCEPTED');
      expect(b.booking.firstName).toMatch(/\p{L}/u);
      expect(b.booking.source).toBe('Formitable');
    }
    expect(logger.lines.filter((l) => /booked on/.test(l.message))).toHaveLength(20);
  });

  it('changes and cancels only bookings made on the platform itself', async () => {
    const slot = (h: number) => new Date(Date.now() + (2 * 24 + h) * 3_600_000).toISOString();
    const viaApi = await Promise.all([
      ...[1, 2, 3].map((h) =>
        forkScenario.createReservation({
          mealDate: slot(h),
          partySize: 2,
          reservationChannel: 'TheFork Manager API',
          customer: { email: `desk${h}@example.com`, firstName: 'Desk', lastName: `Made${h}` },
          silent: true,
        }),
      ),
      ...[1, 2, 3].map((h) =>
        formScenario.createBooking({
          bookingDateTime: slot(h),
          numberOfPeople: 2,
          source: 'couvert',
          externalReferenceId: `desk-${h}`,
          silent: true,
        }),
      ),
    ]);
    const snapshot = async () =>
      JSON.stringify([
        (await forkScenario.reservations())
          .filter((r) => r.reservation.reservationChannel === 'TheFork Manager API')
          .map((r) => [r.reservation.mealDate, r.reservation.partySize, r.reservation.status]),
        (await formScenario.bookings())
          .filter((b) => b.booking.source === 'couvert')
          .map((b) => [b.booking.bookingDateTime, b.booking.numberOfPeople, b.booking.status]),
      ]);
    const before = await snapshot();
    expect(viaApi).toHaveLength(6);

    const seeding = start(3, { mix: { book: 1, change: 0, cancel: 0 }, conflictEvery: 0 });
    const booked = (await ticks(seeding.activity, 8)).flatMap((o) =>
      o.kind === 'booked' ? [o.externalId] : [],
    );
    await seeding.activity.stop();
    const churn = start(4, { mix: { book: 0, change: 1, cancel: 1 }, conflictEvery: 0 });
    const outcomes = await ticks(churn.activity, 14);
    const touched = outcomes.flatMap((o) =>
      o.kind === 'changed' || o.kind === 'cancelled' ? [o] : [],
    );
    expect(touched.some((o) => o.kind === 'changed')).toBe(true);
    expect(touched.some((o) => o.kind === 'cancelled')).toBe(true);
    const platformMade = new Set([
      ...booked,
      ...outcomes.flatMap((o) => (o.kind === 'booked' ? [o.externalId] : [])),
    ]);
    expect(touched.every((o) => platformMade.has(o.externalId))).toBe(true);
    expect(await snapshot()).toBe(before);

    for (const o of touched) {
      const now =
        o.platform === 'TheFork'
          ? await forkScenario.reservation(o.externalId).then((r) => ({
              status: r.reservation.status,
              size: r.reservation.partySize,
              at: Date.parse(r.reservation.mealDate ?? ''),
            }))
          : await formScenario.booking(o.externalId).then((b) => ({
              status: b.booking.status,
              size: b.booking.numberOfPeople,
              at: Date.parse(b.booking.bookingDateTime),
            }));
      if (o.kind === 'cancelled') {
        expect(['CANCELED', 'CANCELLED']).toContain(now.status);
      } else if (!touched.some((t) => t.kind === 'cancelled' && t.externalId === o.externalId)) {
        if (o.change.startsAt !== undefined) expect(inDemoService(o.change.startsAt)).toBe(true);
        const later = touched.filter((t) => t.externalId === o.externalId).at(-1);
        if (later === o) {
          if (o.change.partySize !== undefined) expect(now.size).toBe(o.change.partySize);
          if (o.change.startsAt !== undefined) expect(now.at).toBe(o.change.startsAt);
        }
      }
    }
  });

  it('survives a scenario API that fails or answers garbage, and keeps its schedule', async () => {
    const broken = await startBrokenScenarioServer();
    try {
      const { activity, time, logger } = start(
        5,
        { conflictEvery: 0 },
        { formitable: { scenario: new FormitableScenarioClient(broken.scenarioUrl) } },
      );
      const outcomes = await ticks(activity, 12);
      const failed = outcomes.filter((o) => o.kind === 'failed');
      expect(failed.length).toBeGreaterThan(0);
      expect(outcomes.some((o) => o.kind === 'booked' && o.platform === 'TheFork')).toBe(true);
      expect(broken.requests()).toBeGreaterThan(0);
      expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(failed.length);
      expect(logger.text()).toMatch(/next tick goes on/);

      const onlyBroken = start(
        6,
        {},
        {
          thefork: { scenario: new TheForkScenarioClient(broken.scenarioUrl) },
          formitable: { scenario: new FormitableScenarioClient(broken.scenarioUrl) },
        },
      );
      for (let i = 1; i <= 3; i += 1) {
        onlyBroken.time.advance(180_000);
        await onlyBroken.activity.idle();
        expect(onlyBroken.activity.ticks).toBe(i);
        expect(onlyBroken.time.pending()).toHaveLength(1);
      }
      const warnings = onlyBroken.logger.lines.filter((l) => l.level === 'warn');
      expect(warnings).toHaveLength(3);
      expect(warnings[0]?.fields.error).toMatch(/on fire|Invalid|expected/);
      expect(time.pending()).toHaveLength(1);
    } finally {
      await broken.close();
    }
  });

  it('stops cleanly: waits for the tick in flight, then plans nothing more', async () => {
    const { activity, time, logger } = start(7);
    time.advance(60_000); // the first tick is now in flight
    await activity.stop();
    expect(activity.ticks).toBe(1);
    const made =
      (await forkScenario.reservations()).length + (await formScenario.bookings()).length;
    expect(made).toBe(1);
    expect(time.pending()).toEqual([]);
    time.advance(3_600_000);
    await activity.idle();
    expect(activity.ticks).toBe(1);
    expect(await activity.tickNow()).toEqual({
      kind: 'skipped',
      reason: 'the demo activity is stopped',
    });
    await activity.stop();
    expect(logger.lines.filter((l) => l.message === 'demo: stopped')).toHaveLength(1);
  });

  it('refuses to start without a simulator or with bad options', () => {
    const time = manualTime();
    const base = { clock: time, timers: time, random: seededRandom(1), logger: captureLogger() };
    expect(() => startDemoActivity(base)).toThrow(/TheFork or the Formitable simulator/);
    expect(() =>
      startDemoActivity({
        ...base,
        thefork: { scenario: forkScenario },
        options: { interval: { minMs: 0, maxMs: 0 } },
      }),
    ).toThrow(DemoActivityError);
    expect(time.pending()).toEqual([]);
  });
});
