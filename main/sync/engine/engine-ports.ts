import type { Observable } from 'rxjs';
import type { Conflict } from '../../../shared/domain/conflict';
import type { PlatformConfig } from '../../../shared/domain/platform-config';
import type { SyncLog, SyncLogStatus } from '../../../shared/domain/sync-log';
import type { ReservationRepository } from '../../../shared/store/reservation-repository';
import type { Snapshot } from '../../../shared/store/store-deps';
import type { SyncRepository } from '../../../shared/store/sync-repository';
import type { Logger } from '../../ports';
import type { PlatformConnector } from '../connectors/platform-connector';

/** Epoch milliseconds; the engine never reads Date.now() itself. */
export interface EngineClock {
  now(): number;
}

/** Timers as a port, so tests move time by hand instead of waiting. */
export interface TimerPort {
  /** Calls `fn` once after `ms`; the returned function cancels it. */
  setTimer(ms: number, fn: () => void): () => void;
}

export const systemTimers: TimerPort = {
  setTimer(ms, fn) {
    const handle = setTimeout(fn, Math.max(0, ms));
    handle.unref();
    return () => clearTimeout(handle);
  },
};

/** Statuses of a job that is not finished. */
export const OPEN_JOB_STATUSES: readonly SyncLogStatus[] = [
  'pending',
  'running',
  'retry_scheduled',
];

/** Outbound jobs: sync_log documents whose id is their jobId. */
export interface JobStore {
  /** Unfinished outbound jobs, oldest first (at, then id). */
  openJobs(): Promise<Snapshot<SyncLog>[]>;
  /** Applies a change to one job document (validated). */
  updateJob(id: string, change: Partial<SyncLog>): Promise<Snapshot<SyncLog>>;
  /** Whether a sync_log entry with this id exists (idempotent markers). */
  hasLog(id: string): Promise<boolean>;
}

export interface PlatformConfigStore {
  list(): Promise<Snapshot<PlatformConfig>[]>;
  /** Records the outcome of a sync round (lastSyncAt, lastSuccessAt, lastError). */
  recordSync(
    platform: string,
    change: Partial<Pick<PlatformConfig, 'lastSyncAt' | 'lastSuccessAt' | 'lastError'>> & {
      clearError?: boolean;
    },
  ): Promise<void>;
}

/** What the engine needs from the desk store. */
export interface EngineStore {
  readonly reservations: ReservationRepository;
  readonly sync: SyncRepository;
  readonly jobs: JobStore;
  readonly platformConfigs: PlatformConfigStore;
  /** Ids of reservations written (insert or update), as they happen. */
  readonly reservationChanges$: Observable<string>;
  /** Conflicts whose status is `resolved`, re-emitted whenever that set changes. */
  readonly resolvedConflicts$: Observable<Snapshot<Conflict>[]>;
}

/** A relay feed consumer as the engine drives it (main/relay-client/feed-consumer.ts). */
export interface FeedPort {
  pullNow(): Promise<void>;
  close(): void;
}

/** Builds the feed consumer; `apply` must be idempotent and is awaited before the ack. */
export type FeedFactory = (
  apply: (
    events: readonly { platform: string; eventKey: string; payload: unknown }[],
  ) => Promise<void>,
) => FeedPort;

export interface SyncEngineOptions {
  /** Jobs of different reservations run side by side, at most this many at once per platform. */
  readonly concurrency?: number;
  /** Duration given to a reservation that arrives from a platform without one. */
  readonly defaultDurationMinutes?: number;
  /** Feed pull when no poke came (the SSE stream is only a hint). */
  readonly feedFallbackMs?: number;
  /** How far back the first poll of a platform looks when it never synced. */
  readonly firstPollLookbackMs?: number;
  /** Outbound catch-up at start covers reservations starting after now minus this. */
  readonly catchUpLookbackMs?: number;
}

export interface SyncEngineDeps {
  readonly store: EngineStore;
  /** Builds the connector of an active platform (credentials unsealed by the caller). */
  readonly connectorFor: (config: Snapshot<PlatformConfig>) => Promise<PlatformConnector>;
  readonly clock: EngineClock;
  readonly timers: TimerPort;
  readonly logger: Logger;
  readonly newId: () => string;
  /** Absent in standalone mode (no relay): polling only. */
  readonly feed?: FeedFactory;
  readonly options?: SyncEngineOptions;
}
