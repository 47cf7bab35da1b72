import type { JsonValue } from '../../../shared/domain/json-value';
import type { Reservation } from '../../../shared/domain/reservation';
import type { SyncLog } from '../../../shared/domain/sync-log';
import type { Snapshot } from '../../../shared/store/store-deps';
import {
  mastersReservations,
  reservationKey,
  syncsReservations,
  type EngineContext,
  type PlatformState,
} from './engine-context';
import type { TimerPort } from './engine-ports';
import { createOutcomeUnknown } from './inbound';
import { runOutbound, shouldCreate } from './outbound';
import { decideRetry, outcomeUnknown, RETRY_DELAYS_MS } from './retry-policy';
import { storedError } from './sync-log-writer';
import { deskView, readMemory, SYNC_FIELDS } from './sync-view';

export interface JobQueue {
  /** Looks at a reservation and enqueues a job per platform that has not seen its state. */
  touch(reservationId: string, skipPlatform?: string): void;
  /** After a restart: jobs left `running` go back to `pending` (creates get a lookup first). */
  recover(): Promise<void>;
  /** Runs the due jobs (head of each reservation's line only) and arms the next retry timer. */
  pump(): void;
  /** Settles when no touch and no job is in flight. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

let sequence = 0;
/** Job ids sort in creation order (the store orders a reservation's jobs by id). */
function jobId(at: number): string {
  sequence = (sequence + 1) % 1_000_000;
  const random = Math.floor(Math.random() * 36 ** 6).toString(36);
  return `job-${String(at).padStart(15, '0')}-${String(sequence).padStart(6, '0')}-${random}`;
}

const lineKey = (job: Pick<SyncLog, 'platform' | 'entityId'>): string =>
  `${job.platform}|${job.entityId ?? ''}`;

export function createJobQueue(
  ctx: EngineContext,
  timers: TimerPort,
  concurrency: number,
): JobQueue {
  const inflight = new Map<string, Promise<void>>();
  /** Jobs in flight per platform: each platform has its own slots. */
  const busy = new Map<string, number>();
  /** Reservations with a job in flight (their lock is taken for the whole platform call). */
  const working = new Set<string>();
  const touches = new Set<Promise<void>>();
  let cancelTimer: (() => void) | undefined;
  let pumping: Promise<void> | undefined;
  let again = false;
  const wantAgain = (): boolean => again;

  const track = (p: Promise<void>): void => {
    touches.add(p);
    void p.finally(() => touches.delete(p));
  };

  /** Fields the desk changed that this platform has not seen, minus fields in open conflict. */
  const isDirty = async (state: PlatformState, r: Snapshot<Reservation>): Promise<boolean> => {
    const mappings = await ctx.store.sync.mappingsOfEntity('reservation', r.id);
    const mapping = mappings.find((m) => m.platform === state.config.platform);
    if (mapping === undefined) {
      const fromPlatform = mappings.some(
        (m) => m.platform !== state.config.platform && readMemory(m.raw)?.origin === 'platform',
      );
      return shouldCreate(r, fromPlatform, ctx.clock.now());
    }
    const memory = readMemory(mapping.raw);
    if (memory === undefined) return true;
    const open = await ctx.store.sync.openConflictsOf('reservation', r.id);
    const disputed = new Set(
      open
        .filter((c) => c.platform === state.config.platform)
        .flatMap((c) => c.fields.map((f) => f.field)),
    );
    const view = deskView(r);
    return SYNC_FIELDS.some((f) => !disputed.has(f) && view[f] !== memory.deskBase[f]);
  };

  const ensureJob = async (platform: string, reservationId: string): Promise<void> => {
    const open = await ctx.store.jobs.openJobs();
    if (
      open.some(
        (j) => j.platform === platform && j.entityId === reservationId && j.status === 'pending',
      )
    ) {
      return;
    }
    const at = ctx.clock.now();
    const id = jobId(at);
    await ctx.store.sync.appendLog({
      id,
      jobId: id,
      platform,
      direction: 'outbound',
      action: 'sync',
      status: 'pending',
      entityType: 'reservation',
      entityId: reservationId,
      retryCount: 0,
      at,
    });
  };

  const touch = (reservationId: string, skipPlatform?: string): void => {
    if (!ctx.running()) return;
    const work = ctx.lock.run(reservationKey(reservationId), async () => {
      const r = await ctx.store.reservations.byId(reservationId);
      if (r === null) return;
      for (const state of ctx.platforms.values()) {
        if (state.config.platform === skipPlatform) continue;
        if (!syncsReservations(state.config) || mastersReservations(state.config)) continue;
        if (await isDirty(state, r)) await ensureJob(state.config.platform, reservationId);
      }
    });
    track(
      work.then(
        () => queue.pump(),
        (error: unknown) => {
          ctx.logger.error('could not look at a reservation for outbound sync', {
            reservationId,
            reason: error instanceof Error ? error.message : String(error),
          });
        },
      ),
    );
  };

  const finish = async (
    job: Snapshot<SyncLog>,
    change: Partial<SyncLog>,
    attempt: Omit<Parameters<typeof ctx.log.write>[0], 'platform' | 'direction'>,
  ): Promise<void> => {
    await ctx.store.jobs.updateJob(job.id, change);
    await ctx.log.write({
      ...attempt,
      platform: job.platform,
      direction: 'outbound',
      jobId: job.id,
      entityType: 'reservation',
      ...(job.entityId === undefined ? {} : { entityId: job.entityId }),
    });
  };

  const runJob = (job: Snapshot<SyncLog>, state: PlatformState): Promise<void> =>
    ctx.lock.run(reservationKey(job.entityId ?? ''), async () => {
      if (!ctx.running()) return;
      const started = ctx.clock.now();
      await ctx.store.jobs.updateJob(job.id, { status: 'running', durationMs: undefined });
      try {
        const result = await runOutbound(ctx, state, job);
        const durationMs = Math.max(0, ctx.clock.now() - started);
        await finish(
          job,
          {
            status: result.status,
            action: result.action,
            durationMs,
            nextRetryAt: undefined,
            error: undefined,
            ...(result.externalId === undefined ? {} : { externalId: result.externalId }),
            ...(result.request === undefined ? {} : { requestPayload: result.request }),
            ...(result.response === undefined ? {} : { responsePayload: result.response }),
          },
          {
            action: result.action,
            status: result.status,
            at: started,
            durationMs,
            retryCount: job.retryCount,
            ...(result.externalId === undefined ? {} : { externalId: result.externalId }),
            ...(result.request === undefined ? {} : { requestPayload: result.request }),
            ...(result.response === undefined ? {} : { responsePayload: result.response }),
          },
        );
        state.lastSuccessAt = ctx.clock.now();
        await ctx.store.platformConfigs.recordSync(state.config.platform, {
          lastSyncAt: state.lastSuccessAt,
          lastSuccessAt: state.lastSuccessAt,
        });
      } catch (error) {
        const now = ctx.clock.now();
        const durationMs = Math.max(0, now - started);
        const mapped = (
          await ctx.store.sync.mappingsOfEntity('reservation', job.entityId ?? '')
        ).some((m) => m.platform === job.platform);
        const unknown =
          (!mapped && outcomeUnknown(error)) || createOutcomeUnknown(job.responsePayload);
        const decision = decideRetry(error, job.retryCount, now);
        const base = storedError(error, now);
        const response: JsonValue | undefined = unknown
          ? { createOutcomeUnknown: true }
          : undefined;
        const change: Partial<SyncLog> =
          decision.kind === 'retry'
            ? {
                status: 'retry_scheduled',
                retryCount: decision.retryCount,
                nextRetryAt: decision.atMs,
                error: base,
              }
            : {
                status: decision.kind === 'park' ? 'parked' : 'failed',
                nextRetryAt: undefined,
                error:
                  decision.kind === 'park'
                    ? {
                        ...base,
                        message:
                          `Gave up after ${String(RETRY_DELAYS_MS.length)} retries: ${base.message}`.slice(
                            0,
                            2000,
                          ),
                      }
                    : base,
              };
        await finish(
          job,
          {
            ...change,
            durationMs,
            ...(response === undefined ? {} : { responsePayload: response }),
          },
          {
            action: mapped ? 'update' : 'create',
            status: 'failed',
            at: started,
            durationMs,
            retryCount: job.retryCount,
            error: base,
          },
        );
        state.lastError = base;
        await ctx.store.platformConfigs.recordSync(state.config.platform, {
          lastSyncAt: now,
          lastError: base,
        });
      }
    });

  const pumpOnce = async (): Promise<void> => {
    const jobs = await ctx.store.jobs.openJobs();
    const heads = new Map<string, Snapshot<SyncLog>>();
    for (const job of jobs) if (!heads.has(lineKey(job))) heads.set(lineKey(job), job);
    const now = ctx.clock.now();
    let nextWake = Number.POSITIVE_INFINITY;
    for (const job of heads.values()) {
      if (inflight.has(job.id)) continue;
      const state = ctx.platforms.get(job.platform);
      if (state === undefined) continue;
      const due =
        job.status === 'pending' ||
        job.status === 'running' ||
        (job.status === 'retry_scheduled' && (job.nextRetryAt ?? 0) <= now);
      if (!due) {
        nextWake = Math.min(nextWake, job.nextRetryAt ?? now);
        continue;
      }
      // A slow or rate-limited platform never holds back another's jobs: slots are per platform,
      // and none is spent waiting for a reservation another platform's job holds. Either way
      // no new pass is needed: each job that ends pumps again.
      const taken = busy.get(job.platform) ?? 0;
      const entity = job.entityId ?? '';
      if (taken >= concurrency || working.has(entity)) continue;
      busy.set(job.platform, taken + 1);
      working.add(entity);
      const run = runJob(job, state)
        .catch((error: unknown) => {
          ctx.logger.error('an outbound job failed to record its outcome', {
            jobId: job.id,
            reason: error instanceof Error ? error.message : String(error),
          });
        })
        .finally(() => {
          inflight.delete(job.id);
          busy.set(job.platform, (busy.get(job.platform) ?? 1) - 1);
          working.delete(entity);
          if (ctx.running()) queue.pump();
        });
      inflight.set(job.id, run);
    }
    cancelTimer?.();
    cancelTimer = undefined;
    if (Number.isFinite(nextWake) && ctx.running()) {
      cancelTimer = timers.setTimer(Math.max(0, nextWake - now), () => {
        queue.pump();
      });
    }
  };

  const queue: JobQueue = {
    touch,
    async recover() {
      for (const job of await ctx.store.jobs.openJobs()) {
        if (job.status !== 'running') continue;
        const mapped = (
          await ctx.store.sync.mappingsOfEntity('reservation', job.entityId ?? '')
        ).some((m) => m.platform === job.platform);
        await ctx.store.jobs.updateJob(job.id, {
          status: 'pending',
          // It may have reached the platform before the stop: look before creating again.
          ...(mapped ? {} : { responsePayload: { createOutcomeUnknown: true } }),
        });
      }
    },
    pump() {
      if (!ctx.running()) return;
      if (pumping) {
        again = true;
        return;
      }
      const loop = async () => {
        do {
          again = false;
          await pumpOnce();
        } while (wantAgain() && ctx.running());
      };
      pumping = loop()
        .catch((error: unknown) => {
          ctx.logger.error('the outbound queue could not be read', {
            reason: error instanceof Error ? error.message : String(error),
          });
        })
        .finally(() => {
          pumping = undefined;
        });
    },
    async idle() {
      for (let i = 0; i < 100; i += 1) {
        const busy = [...touches, ...inflight.values(), ...(pumping ? [pumping] : [])];
        if (busy.length === 0) return;
        await Promise.allSettled(busy);
      }
    },
    async stop() {
      cancelTimer?.();
      cancelTimer = undefined;
      await queue.idle();
    },
  };
  return queue;
}
