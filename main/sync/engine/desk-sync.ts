import type { SyncRole as ContractSyncRole } from '../../../shared/contract/sync-commands';
import type { LeaseHolder, LeaseStatus } from '../../../shared/relay/lease';
import type { DeskDatabase } from '../../../shared/store/create-desk-database';
import type { DeskRepositories } from '../../../shared/store/desk-repositories';
import type { Logger } from '../../ports';
import { startFeedConsumer } from '../../relay-client/feed-consumer';
import { createLeaseClient, keepLease, type LeaseClient } from '../../relay-client/lease-client';
import type { RelayHttp } from '../../relay-client/relay-http';
import type { RelayStream } from '../../relay-client/relay-stream';
import { createDeskEngineStore } from './desk-engine-store';
import {
  systemTimers,
  type EngineClock,
  type FeedFactory,
  type SyncEngineDeps,
  type SyncEngineOptions,
  type TimerPort,
} from './engine-ports';
import { createSyncEngine, type EngineStatus, type SyncEngine } from './sync-engine';

export interface DeskSyncOptions {
  readonly db: DeskDatabase;
  readonly repositories: Pick<DeskRepositories, 'reservations' | 'sync'>;
  readonly connectorFor: SyncEngineDeps['connectorFor'];
  readonly logger: Logger;
  readonly clock?: EngineClock;
  readonly timers?: TimerPort;
  readonly newId?: () => string;
  /** Absent: standalone desk, it is the primary. */
  readonly relay?: {
    readonly http: RelayHttp;
    readonly stream?: RelayStream;
    /** Lease lifetime; renewed every third of it (default 30 s). */
    readonly leaseTtlMs?: number;
    readonly lease?: LeaseClient;
  };
  readonly engine?: SyncEngineOptions;
}

/** The contract's roles, but for 'off' (a running desk sync always has one of these). */
export type SyncRole = Exclude<ContractSyncRole, 'off'>;

export interface DeskSyncStatus extends EngineStatus {
  readonly role: SyncRole;
  readonly relay: {
    readonly configured: boolean;
    readonly connected: boolean | null;
    readonly lastContactAt: number | null;
  };
  readonly leaseHolder: Pick<LeaseHolder, 'deviceId' | 'deviceName' | 'epoch' | 'expiresAt'> | null;
}

export interface DeskSync {
  readonly engine: SyncEngine;
  status(): Promise<DeskSyncStatus>;
  /** Stops the engine cleanly and releases the lease. */
  stop(): Promise<void>;
}

/**
 * The composition root's one call: the sync engine of this desk, run only while the desk holds
 * the relay's sync-primary lease (always, with no relay). Losing the lease, or not hearing from
 * the relay for a whole lease lifetime (another desk may hold it by then), stops the engine after
 * the step in progress; getting it back starts it again, with a catch-up.
 */
export function startDeskSync(options: DeskSyncOptions): DeskSync {
  const clock = options.clock ?? { now: () => Date.now() };
  const timers = options.timers ?? systemTimers;
  const logger = options.logger.child({ component: 'desk-sync' });
  const relay = options.relay;
  const feed: FeedFactory | undefined =
    relay === undefined
      ? undefined
      : (apply) =>
          startFeedConsumer({
            http: relay.http,
            ...(relay.stream === undefined ? {} : { stream: relay.stream }),
            apply: (events) => apply(events),
            onGap: (purgedThrough) => {
              logger.warn(
                'relay events were purged before this desk read them: polling catches up',
                {
                  purgedThrough,
                },
              );
            },
            onError: (error) => {
              logger.warn('relay feed pull failed', {
                reason: error instanceof Error ? error.message : String(error),
              });
            },
          });
  const engine = createSyncEngine({
    store: createDeskEngineStore(options.db, options.repositories, clock),
    connectorFor: options.connectorFor,
    clock,
    timers,
    logger: options.logger,
    newId: options.newId ?? (() => crypto.randomUUID()),
    ...(feed === undefined ? {} : { feed }),
    ...(options.engine === undefined ? {} : { options: options.engine }),
  });

  const record = async (ok: boolean, message: string): Promise<void> => {
    if (relay === undefined) return;
    const at = clock.now();
    await options.repositories.sync
      .appendLog({
        platform: 'relay',
        direction: 'inbound',
        action: 'lease',
        status: ok ? 'succeeded' : 'failed',
        retryCount: 0,
        at,
        responsePayload: { message },
        ...(ok ? {} : { error: { code: 'lease', message, at } }),
      })
      .catch((error: unknown) => {
        logger.error('could not log a lease change', {
          reason: error instanceof Error ? error.message : String(error),
        });
      });
  };

  let transitions: Promise<void> = Promise.resolve();
  let why = '';
  const transition = (want: boolean, reason = ''): Promise<void> => {
    if (reason !== '') why = reason;
    transitions = transitions.then(async () => {
      try {
        if (want && !engine.running) {
          await engine.start();
          await record(true, 'This desk holds the sync-primary lease: sync running.');
        }
        if (!want && engine.running) {
          await engine.stop();
          await record(
            false,
            why || 'Another desk holds the sync-primary lease: sync paused here.',
          );
          why = '';
        }
      } catch (error) {
        logger.error(
          want ? 'the sync engine could not start' : 'the sync engine did not stop cleanly',
          {
            reason: error instanceof Error ? error.message : String(error),
          },
        );
      }
    });
    return transitions;
  };

  if (relay === undefined) {
    void transition(true);
    return {
      engine,
      status: async () => ({
        ...(await engine.status()),
        role: 'standalone',
        relay: { configured: false, connected: null, lastContactAt: null },
        leaseHolder: null,
      }),
      stop: () => transition(false),
    };
  }

  const ttlMs = relay.leaseTtlMs ?? 30_000;
  const client = relay.lease ?? createLeaseClient(relay.http);
  let lastStatus: LeaseStatus | null = null;
  let lastContactAt: number | null = null;
  let stopped = false;
  // Wraps acquire: every answer decides whether this desk runs the engine.
  const watched: LeaseClient = {
    status: () => client.status(),
    release: () => client.release(),
    acquire: async (ttl) => {
      const status = await client.acquire(ttl);
      lastStatus = status;
      lastContactAt = clock.now();
      if (!stopped) void transition(status.youHold);
      return status;
    },
  };
  const keeper = keepLease(watched, {
    ttlMs,
    onChange: (status) => {
      logger.info('sync-primary lease changed hands', {
        holder: status.holder?.deviceName ?? null,
        youHold: status.youHold,
      });
    },
    onError: (error) => {
      logger.warn('lease renewal failed', {
        reason: error instanceof Error ? error.message : String(error),
      });
    },
  });
  // Cut off from the relay for a lease lifetime: the lease may be someone else's now.
  let cancelWatchdog: (() => void) | undefined;
  const watchdog = (): void => {
    cancelWatchdog = timers.setTimer(Math.max(100, Math.floor(ttlMs / 3)), () => {
      if (stopped) return;
      if (engine.running && (lastContactAt === null || clock.now() - lastContactAt > ttlMs)) {
        logger.warn('no answer from the relay for a lease lifetime: sync paused');
        lastStatus = null;
        void transition(
          false,
          `No answer from the relay for ${String(Math.round(ttlMs / 1000))} s: sync paused on this desk until it answers again.`,
        );
      }
      watchdog();
    });
  };
  watchdog();

  return {
    engine,
    status: async () => {
      const held = lastStatus?.holder ?? null;
      const role: SyncRole =
        lastStatus === null ? 'unknown' : lastStatus.youHold ? 'primary' : 'standby';
      return {
        ...(await engine.status()),
        role,
        relay: {
          configured: true,
          connected: relay.stream?.connected ?? lastContactAt !== null,
          lastContactAt,
        },
        leaseHolder:
          held === null
            ? null
            : {
                deviceId: held.deviceId,
                deviceName: held.deviceName,
                epoch: held.epoch,
                expiresAt: held.expiresAt,
              },
      };
    },
    stop: async () => {
      stopped = true;
      cancelWatchdog?.();
      await transition(false);
      await keeper.stop();
    },
  };
}
