import { FormitableScenarioClient } from '../../../../sim/formitable/scenario-client';
import { startFormitableSim, type FormitableSim } from '../../../../sim/formitable/server';
import type { FormitableSimOptions } from '../../../../sim/formitable/config';
import { TheForkScenarioClient } from '../../../../sim/thefork/scenario-client';
import { startTheForkSim, type TheForkSim } from '../../../../sim/thefork/server';
import type { TheForkSimOptions } from '../../../../sim/thefork/config';
import type { HttpPolicy } from '../../http/http-policy';
import { createSecretScrubber } from '../../http/secret-scrubber';
import { systemSyncTime, type SyncTime } from '../../http/sync-time';
import {
  FormitableConnector,
  type FormitableConnectorOptions,
} from '../formitable/formitable-connector';
import { createMemoryIdLookup } from '../id-lookup';
import { TheForkConnector, type TheForkConnectorOptions } from '../thefork/thefork-connector';
import { captureLogger } from './capture-logger';

/** Short waits so fault tests stay fast; production uses DEFAULT_HTTP_POLICY. */
export const FAST_POLICY: Partial<HttpPolicy> = {
  timeoutMs: 1_500,
  maxAttempts: 3,
  backoff: { baseMs: 10, capMs: 40 },
  maxRateLimitWaitMs: 3_000,
  maxRateLimitRetries: 2,
  defaultRetryAfterMs: 200,
};

/** Tests do not wait for our own pacing unless they test it. */
export const FAST_RATE = { capacity: 100, refillPerSecond: 500 };

export interface ForkSetup {
  sim: TheForkSim;
  scenario: TheForkScenarioClient;
  connector: TheForkConnector;
  logger: ReturnType<typeof captureLogger>;
  lookup: ReturnType<typeof createMemoryIdLookup>;
  /** Builds another connector on the same simulator. */
  build(overrides?: Partial<TheForkConnectorOptions>): TheForkConnector;
  close(): Promise<void>;
}

export async function startForkSetup(
  simOptions: TheForkSimOptions = {},
  overrides: Partial<TheForkConnectorOptions> = {},
): Promise<ForkSetup> {
  const sim = await startTheForkSim({ onError: (e) => console.error(e), ...simOptions });
  const logger = captureLogger();
  const lookup = createMemoryIdLookup();
  const time: SyncTime = systemSyncTime();
  const build = (more: Partial<TheForkConnectorOptions> = {}) =>
    new TheForkConnector({
      restaurantUuid: sim.credentials.restaurantUuid,
      credentials: {
        clientId: sim.credentials.clientId,
        clientSecret: sim.credentials.clientSecret,
      },
      endpoints: { apiBaseUrl: sim.apiBaseUrl, tokenUrl: sim.tokenUrl },
      lookup,
      time,
      logger,
      scrubber: createSecretScrubber(),
      policy: FAST_POLICY,
      rateLimit: FAST_RATE,
      ...overrides,
      ...more,
    });
  return {
    sim,
    scenario: new TheForkScenarioClient(sim.scenarioUrl),
    connector: build(),
    logger,
    lookup,
    build,
    close: () => sim.close(),
  };
}

export interface FormSetup {
  sim: FormitableSim;
  scenario: FormitableScenarioClient;
  connector: FormitableConnector;
  logger: ReturnType<typeof captureLogger>;
  lookup: ReturnType<typeof createMemoryIdLookup>;
  build(overrides?: Partial<FormitableConnectorOptions>): FormitableConnector;
  close(): Promise<void>;
}

export async function startFormSetup(
  simOptions: FormitableSimOptions = {},
  overrides: Partial<FormitableConnectorOptions> = {},
): Promise<FormSetup> {
  const sim = await startFormitableSim({ onError: (e) => console.error(e), ...simOptions });
  const logger = captureLogger();
  const lookup = createMemoryIdLookup();
  const build = (more: Partial<FormitableConnectorOptions> = {}) =>
    new FormitableConnector({
      restaurantUid: sim.credentials.restaurantUid,
      apiKey: sim.credentials.apiKey,
      endpoints: { apiBaseUrl: sim.apiBaseUrl },
      timeZone: 'Europe/Amsterdam',
      lookup,
      time: systemSyncTime(),
      logger,
      scrubber: createSecretScrubber(),
      policy: FAST_POLICY,
      rateLimit: FAST_RATE,
      ...overrides,
      ...more,
    });
  return {
    sim,
    scenario: new FormitableScenarioClient(sim.scenarioUrl),
    connector: build(),
    logger,
    lookup,
    build,
    close: () => sim.close(),
  };
}
