import type { PlatformConfig } from '../../../shared/domain/platform-config';
import type { StoredError } from '../../../shared/domain/primitives';
import type { Snapshot } from '../../../shared/store/store-deps';
import type { Logger } from '../../ports';
import type { PlatformConnector } from '../connectors/platform-connector';
import type { EngineClock, EngineStore } from './engine-ports';
import type { KeyedLock } from './keyed-lock';
import type { LogWriter } from './sync-log-writer';

/** One platform as the engine runs it. */
export interface PlatformState {
  readonly config: Snapshot<PlatformConfig>;
  /** Undefined when it could not be built (lastError says why). */
  readonly connector: PlatformConnector | undefined;
  lastSuccessAt: number | undefined;
  lastError: StoredError | undefined;
  /**
   * Creates in flight, with what they send: inbound waits for the ones that could be the record
   * it is looking at before treating its id as unknown.
   */
  readonly creating: Map<Promise<unknown>, CreateInFlight>;
}

/** What a create in flight sent, to tell which platform records could be its answer. */
export interface CreateInFlight {
  readonly reservationId: string;
  readonly startsAt: number;
  readonly partySize: number;
}

export const mastersReservations = (config: Snapshot<PlatformConfig>): boolean =>
  config.masterFor.includes('reservation');

export const syncsReservations = (config: Snapshot<PlatformConfig>): boolean =>
  config.active && config.syncEntities.includes('reservation');

/** Shared by the engine's parts while it runs. */
export interface EngineContext {
  readonly store: EngineStore;
  readonly clock: EngineClock;
  readonly logger: Logger;
  readonly log: LogWriter;
  readonly newId: () => string;
  /** Per reservation (`r:<id>`) or per unknown platform id (`x:<platform>|<id>`). */
  readonly lock: KeyedLock;
  readonly platforms: ReadonlyMap<string, PlatformState>;
  readonly defaultDurationMinutes: number;
  /** Asks the engine to look at a reservation for outbound work (except `skip`). */
  readonly touch: (reservationId: string, skipPlatform?: string) => void;
  /** False once stop() began: no new work starts. */
  readonly running: () => boolean;
  /** Aborted when stop() begins: reads and waits in progress give up (see untilStopped). */
  readonly stopping: AbortSignal;
}

export const reservationKey = (id: string): string => `r:${id}`;
