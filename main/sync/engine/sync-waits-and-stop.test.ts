import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformConfig } from '../../../shared/domain/platform-config';
import { reservationDraft } from '../../../shared/store/testing/fixtures';
import type { Snapshot } from '../../../shared/store/store-deps';
import { FormitableConnector } from '../connectors/formitable/formitable-connector';
import type { PlatformConnector } from '../connectors/platform-connector';
import { FAST_POLICY, FAST_RATE } from '../connectors/testing/sim-connectors';
import { createSecretScrubber } from '../http/secret-scrubber';
import { systemSyncTime } from '../http/sync-time';
import { createDeskEngineStore } from './desk-engine-store';
import { mappingIdLookup } from './mapping-id-lookup';
import { createSyncEngine, type SyncEngine } from './sync-engine';
import { manualTime, type ManualTime } from './testing/manual-timers';
import {
  dinnerSlot,
  eventually,
  FORMITABLE_ZONE,
  openDesk,
  startSims,
  type Desk,
  type Sims,
} from './testing/sync-harness';

/** Every Zenchef call waits this long in the stop test (under the connector's timeout). */
const SLOW_MS = 3_000;

interface Deferred {
  readonly promise: Promise<void>;
  resolve(): void;
}

function deferred(): Deferred {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Holds a platform's creates (fake timing of the platform, the real simulator underneath). */
interface CreateHold {
  /** `before`: the create has not reached the platform yet; `after`: its answer is late. */
  readonly when: 'before' | 'after';
  readonly reached: Deferred;
  readonly open: Deferred;
}

/** Standalone desk (no relay) on the simulators: waits for creates in flight, and stopping. */
describe('inbound waits only for related creates, and stop() is prompt', () => {
  let sims: Sims;
  let desk: Desk;
  let time: ManualTime;
  let engine: SyncEngine | undefined;
  const holds = new Map<string, CreateHold>();

  const connectorFor = async (config: Snapshot<PlatformConfig>): Promise<PlatformConnector> => {
    const real =
      config.platform === 'formitable'
        ? new FormitableConnector({
            restaurantUid: config.externalRestaurantId ?? '',
            apiKey: sims.form.credentials.apiKey,
            endpoints: { apiBaseUrl: sims.form.apiBaseUrl },
            timeZone: FORMITABLE_ZONE,
            lookup: mappingIdLookup(desk.repos.sync, 'formitable'),
            time: systemSyncTime(),
            logger: desk.logger,
            scrubber: createSecretScrubber([sims.form.credentials.apiKey]),
            policy: { ...FAST_POLICY, timeoutMs: 4 * SLOW_MS },
            rateLimit: FAST_RATE,
          })
        : await desk.connectorFor(config);
    const create = real.createReservation.bind(real);
    real.createReservation = async (draft) => {
      const hold = holds.get(config.platform);
      if (hold === undefined) return create(draft);
      if (hold.when === 'before') {
        hold.reached.resolve();
        await hold.open.promise;
        return create(draft);
      }
      const outcome = await create(draft);
      hold.reached.resolve();
      await hold.open.promise;
      return outcome;
    };
    return real;
  };

  const build = (): SyncEngine =>
    createSyncEngine({
      store: createDeskEngineStore(desk.db, desk.repos, time),
      connectorFor,
      clock: time,
      timers: time,
      logger: desk.logger,
      newId: () => crypto.randomUUID(),
    });

  const hold = (platform: string, when: CreateHold['when']): CreateHold => {
    const h: CreateHold = { when, reached: deferred(), open: deferred() };
    holds.set(platform, h);
    return h;
  };
  const localOf = async (platform: string, externalId: string) => {
    const m = await desk.repos.sync.mappingOf(platform, 'reservation', externalId);
    return m === null ? undefined : ((await desk.repos.reservations.byId(m.entityId)) ?? undefined);
  };
  const mappingOf = async (platform: string, reservationId: string) =>
    (await desk.repos.sync.mappingsOfEntity('reservation', reservationId)).find(
      (m) => m.platform === platform,
    );

  beforeAll(async () => {
    sims = await startSims();
  });
  afterEach(async () => {
    for (const h of holds.values()) h.open.resolve();
    holds.clear();
    await sims.formScenario.clearFaults();
    await engine?.stop();
    engine = undefined;
    await desk.db.close();
  });
  afterAll(async () => {
    await sims.close();
  });

  const startEngine = async (): Promise<SyncEngine> => {
    time = manualTime();
    desk = await openDesk(sims, time);
    engine = build();
    await engine.start();
    await engine.idle();
    return engine;
  };

  it('applies a Zenchef booking made elsewhere while one of our creates is in flight', async () => {
    const e = await startEngine();
    const h = hold('formitable', 'before');
    await desk.repos.reservations.create(
      reservationDraft({ startsAt: dinnerSlot(9).ms, partySize: 2, guestName: 'Ana Lopes' }),
    );
    await h.reached.promise;
    const other = await sims.formScenario.createBooking({
      bookingDateTime: dinnerSlot(9, 21, 0).iso.slice(0, 16),
      numberOfPeople: 5,
      firstName: 'Joost',
      lastName: 'Visser',
      silent: true,
    });
    void e.pollNow();
    // The create is still held: without a targeted wait this booking waits for it.
    const local = await eventually(
      () => localOf('formitable', other.booking.uid),
      4_000,
      'the unrelated Zenchef booking',
    );
    expect(local.partySize).toBe(5);
    expect(local.guestName).toMatch(/Visser/);
    h.open.resolve();
    await e.idle();
  });

  it('waits for a create whose booking comes back in a poll before its answer: no duplicate', async () => {
    const e = await startEngine();
    // TheFork does not carry our id back: only the wait can tell the booking is ours.
    const h = hold('thefork', 'after');
    const slot = dinnerSlot(10);
    const r = await desk.repos.reservations.create(
      reservationDraft({
        startsAt: slot.ms,
        partySize: 3,
        guestName: 'Marc Petit',
        email: 'marc.petit@example.com',
      }),
    );
    await h.reached.promise;
    const poll = e.pollNow();
    await new Promise((resolve) => setTimeout(resolve, 400));
    h.open.resolve();
    await poll;
    await e.idle();
    const mapping = await eventually(() => mappingOf('thefork', r.id), 4_000, 'TheFork mapping');
    expect(await localOf('thefork', mapping.externalId)).toMatchObject({ id: r.id });
    const same = (await desk.reservations()).filter((x) => x.startsAt === slot.ms);
    expect(same.map((x) => x.id)).toEqual([r.id]);
  });

  it('stops within 2 s while a Zenchef poll is slow, and the next start brings the booking', async () => {
    const e = await startEngine();
    const made = await sims.formScenario.createBooking({
      bookingDateTime: dinnerSlot(11, 20, 0).iso.slice(0, 16),
      numberOfPeople: 2,
      firstName: 'Sanne',
      lastName: 'de Vries',
      silent: true,
    });
    await sims.formScenario.injectFault({ kind: 'latency', ms: SLOW_MS });
    const poll = e.pollNow();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    await e.stop();
    expect(Date.now() - started).toBeLessThan(2_000);
    await poll;
    expect(await localOf('formitable', made.booking.uid)).toBeUndefined();
    const failed = (await desk.logs()).find(
      (l) => l.platform === 'formitable' && l.action === 'poll' && l.status === 'failed',
    );
    expect(failed?.error?.message).toMatch(/stopped/);

    await sims.formScenario.clearFaults();
    engine = build();
    await engine.start();
    await engine.idle();
    expect(await localOf('formitable', made.booking.uid)).toMatchObject({ partySize: 2 });
  }, 15_000);
});
