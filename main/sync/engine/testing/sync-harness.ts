import type { PlatformConfig } from '../../../../shared/domain/platform-config';
import type { Reservation } from '../../../../shared/domain/reservation';
import type { SyncLog } from '../../../../shared/domain/sync-log';
import type { DeskDatabase } from '../../../../shared/store/create-desk-database';
import {
  createDeskRepositories,
  type DeskRepositories,
} from '../../../../shared/store/desk-repositories';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { openTestDatabase } from '../../../../shared/store/testing/test-database';
import { FormitableScenarioClient } from '../../../../sim/formitable/scenario-client';
import { startFormitableSim, type FormitableSim } from '../../../../sim/formitable/server';
import { TheForkScenarioClient } from '../../../../sim/thefork/scenario-client';
import { startTheForkSim, type TheForkSim } from '../../../../sim/thefork/server';
import { FormitableConnector } from '../../connectors/formitable/formitable-connector';
import type { PlatformConnector } from '../../connectors/platform-connector';
import { captureLogger } from '../../connectors/testing/capture-logger';
import { FAST_POLICY, FAST_RATE } from '../../connectors/testing/sim-connectors';
import { TheForkConnector } from '../../connectors/thefork/thefork-connector';
import { createSecretScrubber } from '../../http/secret-scrubber';
import { systemSyncTime, type SyncTime } from '../../http/sync-time';
import type { EngineClock } from '../engine-ports';
import { mappingIdLookup } from '../mapping-id-lookup';

export const FORMITABLE_ZONE = 'Europe/Amsterdam';

export interface Sims {
  readonly fork: TheForkSim;
  readonly form: FormitableSim;
  readonly forkScenario: TheForkScenarioClient;
  readonly formScenario: FormitableScenarioClient;
  close(): Promise<void>;
}

/** Both simulators; webhooks go to the relay ingress when URLs are given. */
export async function startSims(
  relay: { fork?: string; form?: { url: string; secret: string } } = {},
): Promise<Sims> {
  const fork = await startTheForkSim({
    seed: 7,
    relayUrl: relay.fork ?? null,
    webhookRetryDelaysMs: [300, 1_000],
    onError: (e) => {
      console.error(e);
    },
  });
  const form = await startFormitableSim({
    seed: 8,
    relayUrl: relay.form?.url ?? null,
    ...(relay.form === undefined ? {} : { webhookSecret: relay.form.secret }),
    webhookRetryDelaysMs: [300, 1_000],
    onError: (e) => {
      console.error(e);
    },
  });
  return {
    fork,
    form,
    forkScenario: new TheForkScenarioClient(fork.scenarioUrl),
    formScenario: new FormitableScenarioClient(form.scenarioUrl),
    close: async () => {
      await Promise.all([fork.close(), form.close()]);
    },
  };
}

export interface Desk {
  readonly db: DeskDatabase;
  readonly repos: DeskRepositories;
  readonly logger: ReturnType<typeof captureLogger>;
  /** Builds connectors on the simulators (what the composition root does with the registry). */
  connectorFor(config: Snapshot<PlatformConfig>): Promise<PlatformConnector>;
  logs(): Promise<Snapshot<SyncLog>[]>;
  reservations(): Promise<Snapshot<Reservation>[]>;
}

export function platformConfig(
  platform: 'thefork' | 'formitable',
  externalRestaurantId: string,
  at: number,
  overrides: Partial<PlatformConfig> = {},
): PlatformConfig {
  return {
    id: platform,
    platform,
    displayName: platform === 'thefork' ? 'TheFork' : 'Zenchef',
    externalRestaurantId,
    masterFor: [],
    syncEntities: ['reservation'],
    pollIntervalSeconds: 15,
    active: true,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

/** A desk database (storage-memory, dev-mode) with both platforms configured. */
export async function openDesk(
  sims: Sims,
  clock: EngineClock,
  configs: { thefork?: Partial<PlatformConfig>; formitable?: Partial<PlatformConfig> | null } = {},
  db?: DeskDatabase,
  /** Insert the platform configs (default: only into a new test database). */
  seedConfigs = db === undefined,
): Promise<Desk> {
  const database = db ?? (await openTestDatabase());
  const repos = createDeskRepositories(database, {
    clock: { now: () => new Date(clock.now()) },
    newId: () => crypto.randomUUID(),
  });
  const at = clock.now();
  if (seedConfigs) {
    await database.platform_configs.insert(
      platformConfig('thefork', sims.fork.credentials.restaurantUuid, at, configs.thefork),
    );
    if (configs.formitable !== null) {
      await database.platform_configs.insert(
        platformConfig('formitable', sims.form.credentials.restaurantUid, at, configs.formitable),
      );
    }
  }
  const logger = captureLogger();
  const time: SyncTime = systemSyncTime();
  const connectorFor = async (config: Snapshot<PlatformConfig>): Promise<PlatformConnector> => {
    const lookup = mappingIdLookup(repos.sync, config.platform);
    if (config.platform === 'thefork') {
      return new TheForkConnector({
        restaurantUuid: config.externalRestaurantId ?? '',
        credentials: {
          clientId: sims.fork.credentials.clientId,
          clientSecret: sims.fork.credentials.clientSecret,
        },
        endpoints: { apiBaseUrl: sims.fork.apiBaseUrl, tokenUrl: sims.fork.tokenUrl },
        lookup,
        time,
        logger,
        scrubber: createSecretScrubber([sims.fork.credentials.clientSecret]),
        policy: FAST_POLICY,
        rateLimit: FAST_RATE,
      });
    }
    return new FormitableConnector({
      restaurantUid: config.externalRestaurantId ?? '',
      apiKey: sims.form.credentials.apiKey,
      endpoints: { apiBaseUrl: sims.form.apiBaseUrl },
      timeZone: FORMITABLE_ZONE,
      lookup,
      time,
      logger,
      scrubber: createSecretScrubber([sims.form.credentials.apiKey]),
      policy: FAST_POLICY,
      rateLimit: FAST_RATE,
    });
  };
  return {
    db: database,
    repos,
    logger,
    connectorFor,
    logs: async () =>
      (await database.sync_logs.find({ selector: {}, sort: [{ at: 'asc' }] }).exec()).map(
        (d) => d.toJSON() as Snapshot<SyncLog>,
      ),
    reservations: async () =>
      (await database.reservations.find().exec()).map((d) => d.toJSON() as Snapshot<Reservation>),
  };
}

/** Waits until `check` returns a value (not undefined/false), polling every 25 ms. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 8_000,
  what = 'the condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A dinner slot on the simulators' schedule, `days` from now, restaurant-local 19:30 Paris. */
export function dinnerSlot(days: number, hour = 19, minute = 30): { iso: string; ms: number } {
  const base = new Date(Date.now() + days * 86_400_000);
  const date = base.toISOString().slice(0, 10);
  // Paris is UTC+1 in winter, +2 in summer: ask Intl for the offset of that day.
  const offsetMinutes = parisOffsetMinutes(new Date(`${date}T12:00:00Z`));
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  const iso = `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${offset}`;
  return { iso, ms: Date.parse(iso) };
}

function parisOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? '0');
  const minute = Number(parts.find((p) => p.type === 'minute')?.value ?? '0');
  return (hour - at.getUTCHours()) * 60 + minute - at.getUTCMinutes();
}
