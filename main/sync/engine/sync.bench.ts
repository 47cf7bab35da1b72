import path from 'node:path';
import { filter, firstValueFrom, map } from 'rxjs';
import { migrate } from '../../../relay/db/migrate';
import { openPgliteDb } from '../../../relay/db/pglite-db';
import { startTestRelay, tenantWithDevice } from '../../../relay/testing/test-relay';
import { createDeskDatabase, type DeskDatabase } from '../../../shared/store/create-desk-database';
import { reservationDraft } from '../../../shared/store/testing/fixtures';
import { createRelayHttp } from '../../relay-client/relay-http';
import { createRelayStream } from '../../relay-client/relay-stream';
import { getRxStorageSQLite } from '../../storage';
import { row, type BenchRow, type BenchSuite } from '../../tools/bench/bench-types';
import { median, percentile } from '../../tools/bench/measure';
import { startDeskSync } from './desk-sync';
import { systemTimers, type TimerPort } from './engine-ports';
import { dinnerSlot, openDesk, startSims, type Desk } from './testing/sync-harness';

const SUITE = 'sync';
const WEBHOOK_RUNS = 30;
const POLL_RUNS = 12;
const OUTBOUND_RUNS = 30;
/** The poll-only desk runs its timers this much faster (15 s interval -> 1 s). */
const POLL_SCALE = 15;
const clock = { now: () => Date.now() };

const ms = (t0: number): number => performance.now() - t0;

/** Rejects after `limitMs`: a sample that never arrives fails the run instead of hanging it. */
function within<T>(promise: Promise<T>, limitMs: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => {
        reject(new Error(`${what} did not happen within ${String(limitMs)} ms`));
      }, limitMs).unref(),
    ),
  ]);
}

/** Resolves with the time when the reservation of guest `name` is inserted. */
function inserted(db: DeskDatabase, name: string): Promise<number> {
  return within(
    firstValueFrom(
      db.reservations.$.pipe(
        filter((e) => e.operation === 'INSERT' && e.documentData.guestName.includes(name)),
        map(() => performance.now()),
      ),
    ),
    10_000,
    'the inbound booking',
  );
}

/** Resolves when `platform` has acknowledged (the mapping is written with the platform's id). */
function acknowledged(db: DeskDatabase, platform: string, entityId: string): Promise<number> {
  return within(
    firstValueFrom(
      db.external_mappings.$.pipe(
        filter((e) => e.documentData.platform === platform && e.documentData.entityId === entityId),
        map(() => performance.now()),
      ),
    ),
    10_000,
    `${platform}'s acknowledgement`,
  );
}

function stats(
  name: string,
  samples: number[],
  reference: number,
  target: string | null,
  limit?: number,
): BenchRow[] {
  const p99 = percentile(samples, 99);
  return [
    row({ suite: SUITE, name: `${name} p50`, value: median(samples), unit: 'ms', reference }),
    row({
      suite: SUITE,
      name: `${name} p99`,
      value: p99,
      unit: 'ms',
      reference,
      target:
        target === null || limit === undefined ? null : { op: '<', value: limit, label: target },
    }),
  ];
}

async function sqliteDesk(dir: string, name: string): Promise<DeskDatabase> {
  return createDeskDatabase({
    storage: getRxStorageSQLite({ directory: path.join(dir, name), synchronous: 'normal' }),
    name,
  });
}

/**
 * Loopback, in one process: both simulators, a relay on in-memory PGlite, desks on Couvert's
 * SQLite storage. References: one direct platform GET (inbound: the fetch a thin webhook needs)
 * and one direct platform create (outbound), measured in the same run.
 */
export const syncBench: BenchSuite = {
  name: SUITE,
  description: 'inbound booking to desk RxDB (webhook / polling), desk change to platform ack',
  async run({ tmpDir, log }) {
    const rows: BenchRow[] = [];
    const relayDb = await openPgliteDb();
    await migrate(relayDb);
    const relay = await startTestRelay(relayDb);
    const tenant = await tenantWithDevice(relayDb, relay.url, 'Bench bistro');
    const formEndpoint = tenant.secretOf('formitable');
    const sims = await startSims({
      fork: tenant.secretOf('thefork').url,
      form: { url: formEndpoint.url, secret: formEndpoint.secret ?? '' },
    });
    const closers: (() => Promise<unknown>)[] = [];
    try {
      // Desk 1: primary through the relay (webhooks).
      const deskDb = await sqliteDesk(tmpDir, 'bench-relay');
      closers.push(() => deskDb.close());
      const desk: Desk = await openDesk(sims, clock, {}, deskDb, true);
      const http = createRelayHttp({
        baseUrl: relay.url,
        tenantId: tenant.tenantId,
        token: tenant.device.token,
      });
      const stream = createRelayStream(http, { minRetryMs: 100 });
      const sync = startDeskSync({
        db: deskDb,
        repositories: desk.repos,
        connectorFor: (config) => desk.connectorFor(config),
        logger: desk.logger,
        relay: { http, stream, leaseTtlMs: 10_000 },
      });
      closers.unshift(async () => {
        await sync.stop();
        stream.close();
      });
      for (let i = 0; i < 200 && !sync.engine.running; i += 1)
        await new Promise((r) => setTimeout(r, 25));
      await sync.engine.idle();

      const fork = await desk.connectorFor(
        (await deskDb.platform_configs.findOne('thefork').exec())?.toJSON() ??
          (() => {
            throw new Error('no TheFork config');
          })(),
      );
      // Reference: one direct platform GET.
      const seedSlot = dinnerSlot(30);
      const seed = await sims.forkScenario.createReservation({
        mealDate: seedSlot.iso,
        partySize: 2,
        silent: true,
      });
      const getSamples: number[] = [];
      for (let i = 0; i < 20; i += 1) {
        const t0 = performance.now();
        await fork.fetchReservation(seed.reservation.reservationUuid);
        getSamples.push(ms(t0));
      }
      const getRef = median(getSamples);

      const webhook: number[] = [];
      for (let i = 0; i < WEBHOOK_RUNS; i += 1) {
        const slot = dinnerSlot(40 + i, 19 + (i % 3), (i % 2) * 30);
        const seen = inserted(deskDb, `Hook${String(i)}`);
        const t0 = performance.now();
        await sims.forkScenario.createReservation({
          mealDate: slot.iso,
          partySize: 2 + (i % 4),
          customer: {
            email: `wh${String(i)}@example.com`,
            firstName: 'Web',
            lastName: `Hook${String(i)}`,
          },
        });
        webhook.push((await seen) - t0);
      }
      rows.push(
        ...stats(
          'inbound via webhook (TheFork -> relay -> desk RxDB)',
          webhook,
          getRef,
          'p99 < 500 ms',
          500,
        ),
      );
      log(
        `webhook inbound p50 ${median(webhook).toFixed(1)} ms, p99 ${percentile(webhook, 99).toFixed(1)} ms`,
      );

      // Outbound: desk create and desk update -> TheFork acknowledged.
      const createSamples: number[] = [];
      const updateSamples: number[] = [];
      const createRef: number[] = [];
      for (let i = 0; i < OUTBOUND_RUNS; i += 1) {
        const slot = dinnerSlot(1 + (i % 25), 19 + (i % 3), 30);
        const id = crypto.randomUUID();
        const ack = acknowledged(deskDb, 'thefork', id);
        const t0 = performance.now();
        await desk.repos.reservations.create(
          reservationDraft({
            id,
            startsAt: slot.ms,
            partySize: 2,
            guestName: `Out ${String(i)}`,
            email: `out${String(i)}@example.com`,
          }),
        );
        createSamples.push((await ack) - t0);
        await sync.engine.idle();
        const updated = acknowledged(deskDb, 'thefork', id);
        const t1 = performance.now();
        await desk.repos.reservations.update(id, { partySize: 3 });
        updateSamples.push((await updated) - t1);
        await sync.engine.idle();
        // Reference: the same create straight through the connector.
        const t2 = performance.now();
        await fork.createReservation({
          localId: `ref-${String(i)}`,
          status: 'confirmed',
          startsAt: dinnerSlot(1 + (i % 25), 21, 0).ms,
          partySize: 2,
          guest: { name: 'Reference Guest', email: `ref${String(i)}@example.com` },
          tableIds: [],
        });
        createRef.push(ms(t2));
      }
      rows.push(
        ...stats(
          'outbound create (desk -> TheFork acknowledged)',
          createSamples,
          median(createRef),
          null,
        ),
      );
      rows.push(
        ...stats(
          'outbound update (desk -> TheFork acknowledged)',
          updateSamples,
          median(createRef),
          null,
        ),
      );
      log(
        `outbound create p50 ${median(createSamples).toFixed(1)} ms; update p50 ${median(updateSamples).toFixed(1)} ms`,
      );
      // RxDB's free tier caps open collections: close this desk before opening the next one.
      for (const close of closers.splice(0)) await close();

      // Desk 2: standalone, polling only (silent bookings: no webhook at all). Polling 15x faster
      // than configured would exceed Zenchef's 100 calls/min, so the simulator's limit is lifted.
      await sims.formScenario.injectFault({
        kind: 'rate-limit',
        limit: 100_000,
        windowSeconds: 60,
      });
      const pollDb = await sqliteDesk(tmpDir, 'bench-poll');
      closers.push(() => pollDb.close());
      const pollDesk = await openDesk(sims, clock, { thefork: { active: false } }, pollDb, true);
      const fast: TimerPort = {
        setTimer: (delay, fn) => systemTimers.setTimer(delay / POLL_SCALE, fn),
      };
      const pollSync = startDeskSync({
        db: pollDb,
        repositories: pollDesk.repos,
        connectorFor: (config) => pollDesk.connectorFor(config),
        logger: pollDesk.logger,
        timers: fast,
      });
      closers.unshift(() => pollSync.stop());
      for (let i = 0; i < 200 && !pollSync.engine.running; i += 1)
        await new Promise((r) => setTimeout(r, 25));
      await pollSync.engine.idle();
      const intervalMs = (15 * 1000) / POLL_SCALE;
      const polled: number[] = [];
      for (let i = 0; i < POLL_RUNS; i += 1) {
        const slot = dinnerSlot(2 + (i % 20), 19, 0);
        const local =
          slot.iso.slice(0, 11) +
          `${String(12 + (i % 2)).padStart(2, '0')}:${i % 2 === 0 ? '00' : '30'}`;
        const seen = inserted(pollDb, `Poll${String(i)}`);
        const t0 = performance.now();
        await sims.formScenario.createBooking({
          bookingDateTime: local,
          numberOfPeople: 2,
          lastName: `Poll${String(i)}`,
          silent: true,
        });
        try {
          polled.push((await seen) - t0);
        } catch (error) {
          const logs = await pollDesk.logs();
          log(
            logs
              .slice(-8)
              .map(
                (l) =>
                  `${l.platform} ${l.action} ${l.status} ${JSON.stringify(l.responsePayload ?? null)} ${l.error?.message ?? ''}`,
              )
              .join('\n'),
          );
          throw error;
        }
        // Let the next booking land at a random point of the interval.
        await new Promise((r) => setTimeout(r, Math.random() * intervalMs));
      }
      rows.push(
        ...stats(
          `inbound via polling (Zenchef, interval 15 s run at 1/${String(POLL_SCALE)}: ${String(intervalMs)} ms)`,
          polled,
          intervalMs,
          `p99 < one poll interval (${String(intervalMs)} ms)`,
          intervalMs,
        ),
      );
      log(
        `polling inbound p50 ${median(polled).toFixed(1)} ms, p99 ${percentile(polled, 99).toFixed(1)} ms`,
      );
    } finally {
      for (const close of closers) await close().catch(() => undefined);
      await sims.close();
      await relay.close();
      await relayDb.close();
    }
    return rows;
  },
};
