import type { Subscription } from 'rxjs';
import type { PlatformSyncStatus } from '../../../shared/contract/sync-commands';
import type { StoredError } from '../../../shared/domain/primitives';
import type { Snapshot } from '../../../shared/store/store-deps';
import type { PlatformConfig } from '../../../shared/domain/platform-config';
import { applyResolution } from './conflict-resolutions';
import { syncsReservations, type EngineContext, type PlatformState } from './engine-context';
import type { FeedPort, SyncEngineDeps } from './engine-ports';
import { fetchAndApply } from './inbound';
import { createJobQueue } from './job-queue';
import { createKeyedLock } from './keyed-lock';
import { SyncStoppedError } from './stop-signal';
import { startPlatformPoller, type PlatformPoller } from './platform-poller';
import { createLogWriter, storedError } from './sync-log-writer';

/** One platform as the Sync screen shows it: the contract's shape (shared/contract). */
export type { PlatformSyncStatus };

export interface EngineStatus {
  readonly running: boolean;
  readonly platforms: readonly PlatformSyncStatus[];
}

export interface SyncEngine {
  start(): Promise<void>;
  /**
   * Prompt: reads and waits in progress give up (nothing half-written; the catch-up poll of the
   * next start reads again), writes in flight finish, then every timer and feed stops.
   */
  stop(): Promise<void>;
  readonly running: boolean;
  status(): Promise<EngineStatus>;
  /** Polls every platform now (tests, the Sync screen's "sync now"). */
  pollNow(): Promise<void>;
  /** Runs the outbound jobs that are due now. */
  runDueJobs(): void;
  /** Makes every job waiting for a retry due now, then runs them (the Sync screen's "sync now"). */
  retryWaitingNow(): Promise<number>;
  /** Resolves once nothing is in flight (tests). */
  idle(): Promise<void>;
}

/**
 * The sync engine of the sync-primary desk: outbound jobs from local changes, inbound from the
 * relay's feed and from pollers, the rules of decision 9 and the conflicts they leave.
 */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const options = deps.options ?? {};
  const logger = deps.logger.child({ component: 'sync-engine' });
  const log = createLogWriter(deps.store.sync, deps.clock, logger);
  let running = false;
  let platforms = new Map<string, PlatformState>();
  let pollers: PlatformPoller[] = [];
  let subscriptions: Subscription[] = [];
  let feed: FeedPort | undefined;
  let cancelFeedTimer: (() => void) | undefined;
  let feedFailing = false;
  const background = new Set<Promise<unknown>>();
  let stopping = new AbortController();

  const ctx: EngineContext = {
    store: deps.store,
    clock: deps.clock,
    logger,
    log,
    newId: deps.newId,
    lock: createKeyedLock(),
    get platforms() {
      return platforms;
    },
    defaultDurationMinutes: options.defaultDurationMinutes ?? 90,
    touch: (id, skip) => {
      queue.touch(id, skip);
    },
    running: () => running,
    get stopping() {
      return stopping.signal;
    },
  };
  const queue = createJobQueue(ctx, deps.timers, options.concurrency ?? 4);

  const keep = (p: Promise<unknown>): void => {
    const tracked = p.catch((error: unknown) => {
      logger.error('a sync step failed', {
        reason: error instanceof Error ? error.message : String(error),
      });
    });
    background.add(tracked);
    void tracked.finally(() => background.delete(tracked));
  };

  const buildPlatforms = async (): Promise<Map<string, PlatformState>> => {
    const built = new Map<string, PlatformState>();
    for (const config of await deps.store.platformConfigs.list()) {
      if (!syncsReservations(config)) continue;
      let connector;
      let lastError: StoredError | undefined = config.lastError;
      try {
        connector = await deps.connectorFor(config);
      } catch (error) {
        lastError = storedError(error, deps.clock.now());
        await log.write({
          platform: config.platform,
          direction: 'outbound',
          action: 'connect',
          status: 'failed',
          at: deps.clock.now(),
          error: lastError,
        });
      }
      built.set(config.platform, {
        config,
        connector,
        lastSuccessAt: config.lastSuccessAt,
        lastError,
        creating: new Map(),
      });
    }
    return built;
  };

  const pollerOf = new Map<string, PlatformPoller>();

  const applyFeed = async (
    events: readonly { platform: string; eventKey: string; payload: unknown }[],
  ): Promise<void> => {
    for (const event of events) {
      if (!running) throw new Error('the sync engine stopped: events are left for the next run');
      const state = platforms.get(event.platform);
      const connector = state?.connector;
      if (state === undefined || connector === undefined) {
        await log.write({
          platform: event.platform,
          direction: 'inbound',
          action: 'webhook',
          status: 'skipped',
          at: deps.clock.now(),
          requestPayload: { eventKey: event.eventKey.slice(0, 100) },
          error: {
            code: 'not_connected',
            message: `A webhook came from ${event.platform}, which is not connected on this desk: ignored.`,
            at: deps.clock.now(),
          },
        });
        continue;
      }
      const parsed = connector.parseInboundEvent(event.payload);
      const entry = {
        platform: event.platform,
        direction: 'inbound' as const,
        action: 'webhook',
        at: deps.clock.now(),
        requestPayload: { eventKey: event.eventKey.slice(0, 100), kind: parsed.kind },
      };
      if (parsed.kind === 'reservation') {
        await log.write({ ...entry, status: 'succeeded', externalId: parsed.externalId });
        try {
          await fetchAndApply(ctx, state, parsed.externalId, 'webhook');
        } catch (error) {
          // Stopping: the event stays unacknowledged for the next run.
          if (error instanceof SyncStoppedError) throw error;
          // Logged by the fetch step; the poller catches up.
          keep(pollerOf.get(event.platform)?.pollNow('catch-up') ?? Promise.resolve());
        }
      } else if (parsed.kind === 'poll') {
        await log.write({ ...entry, status: 'succeeded' });
        // Beside the feed, not in it: a whole poll of one platform (paced, waiting for creates in
        // flight) must not hold back the events of the others. Polls coalesce; one lost to a
        // crash after the ack is made up by the catch-up poll at start.
        keep(pollerOf.get(event.platform)?.pollNow('webhook') ?? Promise.resolve());
      } else {
        await log.write({
          ...entry,
          status: 'skipped',
          ...(parsed.kind === 'customer'
            ? {}
            : {
                error: { code: parsed.kind, message: parsed.reason.slice(0, 2000), at: entry.at },
              }),
        });
      }
    }
  };

  const pullFeed = (): void => {
    if (feed === undefined || !running) return;
    keep(
      feed.pullNow().then(
        async () => {
          if (feedFailing) {
            feedFailing = false;
            await log.write({
              platform: 'relay',
              direction: 'inbound',
              action: 'feed',
              status: 'succeeded',
              at: deps.clock.now(),
            });
          }
        },
        async (error: unknown) => {
          if (feedFailing || !running) return;
          feedFailing = true;
          await log.write({
            platform: 'relay',
            direction: 'inbound',
            action: 'feed',
            status: 'failed',
            at: deps.clock.now(),
            error: storedError(error, deps.clock.now()),
          });
        },
      ),
    );
  };

  const armFeedTimer = (): void => {
    cancelFeedTimer?.();
    if (!running || feed === undefined) return;
    cancelFeedTimer = deps.timers.setTimer(options.feedFallbackMs ?? 30_000, () => {
      pullFeed();
      armFeedTimer();
    });
  };

  const engine: SyncEngine = {
    get running() {
      return running;
    },
    async start() {
      if (running) return;
      platforms = await buildPlatforms();
      stopping = new AbortController();
      running = true;
      await queue.recover();
      pollerOf.clear();
      pollers = [...platforms.values()]
        .filter((s) => s.connector !== undefined)
        .map((state) => {
          const poller = startPlatformPoller(
            ctx,
            state,
            deps.timers,
            options.firstPollLookbackMs ?? 2 * 86_400_000,
          );
          pollerOf.set(state.config.platform, poller);
          return poller;
        });
      subscriptions = [
        deps.store.reservationChanges$.subscribe((id) => {
          queue.touch(id);
        }),
        deps.store.resolvedConflicts$.subscribe((conflicts) => {
          for (const conflict of conflicts) keep(applyResolution(ctx, conflict));
        }),
      ];
      if (deps.feed !== undefined) {
        feed = deps.feed(applyFeed);
        pullFeed();
        armFeedTimer();
      }
      // Catch up: what changed on the platforms and on the desk while this desk was not primary.
      for (const poller of pollers) keep(poller.pollNow('catch-up'));
      const lookback = options.catchUpLookbackMs ?? 86_400_000;
      const now = deps.clock.now();
      const upcoming = await deps.store.reservations.between({
        startMs: now - lookback,
        endMs: now + 400 * 86_400_000,
      });
      for (const r of upcoming) queue.touch(r.id);
      queue.pump();
      logger.info('sync engine started', { platforms: [...platforms.keys()] });
    },
    async stop() {
      if (!running) return;
      running = false;
      // Polls and fetches waiting on a platform (latency, rate limit) give up now; outbound jobs
      // in flight finish (a create cannot be taken back).
      stopping.abort();
      for (const s of subscriptions) s.unsubscribe();
      subscriptions = [];
      cancelFeedTimer?.();
      feed?.close();
      feed = undefined;
      await Promise.allSettled(pollers.map((p) => p.stop()));
      await queue.stop();
      await Promise.allSettled([...background]);
      await ctx.lock.idle();
      logger.info('sync engine stopped');
    },
    async status() {
      const jobs = await deps.store.jobs.openJobs();
      const configs = new Map<string, Snapshot<PlatformConfig>>();
      for (const c of await deps.store.platformConfigs.list()) configs.set(c.platform, c);
      return {
        running,
        platforms: [...configs.values()].map((config) => {
          const state = platforms.get(config.platform);
          const mine = jobs.filter((j) => j.platform === config.platform);
          const retries = mine
            .map((j) => j.nextRetryAt)
            .filter((t): t is number => t !== undefined);
          const health = state?.connector?.health();
          return {
            platform: config.platform,
            displayName: config.displayName,
            active: config.active,
            connected: running && state?.connector !== undefined && health?.circuit !== 'open',
            mastersReservations: config.masterFor.includes('reservation'),
            lastSuccessAt: state?.lastSuccessAt ?? config.lastSuccessAt ?? null,
            queueDepth: mine.length,
            nextRetryAt: retries.length > 0 ? Math.min(...retries) : null,
            lastError: state?.lastError ?? config.lastError ?? null,
          };
        }),
      };
    },
    async pollNow() {
      await Promise.all(pollers.map((p) => p.pollNow('sync-now')));
    },
    runDueJobs() {
      queue.pump();
    },
    async retryWaitingNow() {
      const now = deps.clock.now();
      let due = 0;
      for (const job of await deps.store.jobs.openJobs()) {
        if (job.status !== 'retry_scheduled' || (job.nextRetryAt ?? 0) <= now) continue;
        await deps.store.jobs.updateJob(job.id, { nextRetryAt: now });
        due += 1;
      }
      queue.pump();
      return due;
    },
    async idle() {
      for (let i = 0; i < 50; i += 1) {
        await Promise.allSettled([...background]);
        await queue.idle();
        await ctx.lock.idle();
        if (background.size === 0) return;
      }
    },
  };
  return engine;
}
