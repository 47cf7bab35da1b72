import { startCaptureServer, type CaptureServer } from '../common/testing/capture-server';
import { fetchJson, type FetchResult } from '../common/testing/fetch-json';
import { addDays, localDate } from '../common/time-zone';
import type { FormitableSimOptions } from './config';
import { FormitableScenarioClient } from './scenario-client';
import { startFormitableSim, type FormitableSim } from './server';

export interface FormHarness {
  sim: FormitableSim;
  relay: CaptureServer;
  scenario: FormitableScenarioClient;
  /** Unexpected exceptions inside the simulator (should stay empty). */
  errors: unknown[];
  /** Calls `{apiBaseUrl}/{restaurantUid}{path}` with the ApiKey header. */
  api(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<FetchResult>;
  /** Calls `{apiBaseUrl}{path}` as is. */
  raw(method: string, path: string, init?: RequestInit): Promise<FetchResult>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startFormHarness(options: FormitableSimOptions = {}): Promise<FormHarness> {
  const relay = await startCaptureServer();
  const errors: unknown[] = [];
  const sim = await startFormitableSim({
    relayUrl: `${relay.url}/hooks/tenant-1/formitable`,
    webhookRetryDelaysMs: [20, 20],
    webhookTimeoutMs: 2000,
    onError: (error) => {
      errors.push(error);
    },
    ...options,
  });
  const scenario = new FormitableScenarioClient(sim.scenarioUrl);
  return {
    sim,
    relay,
    scenario,
    errors,
    api: (method, path, body, headers = {}) =>
      fetchJson(`${sim.apiBaseUrl}/${sim.credentials.restaurantUid}${path}`, {
        method,
        headers: {
          ApiKey: sim.credentials.apiKey,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    raw: (method, path, init = {}) => fetchJson(`${sim.apiBaseUrl}${path}`, { method, ...init }),
    reset: async () => {
      await scenario.reset();
      relay.received.length = 0;
    },
    close: async () => {
      await sim.close();
      await relay.close();
    },
  };
}

/** Local `YYYY-MM-DD` in Amsterdam, `days` from today. */
export const amsterdamDay = (days: number): string =>
  addDays(localDate(Date.now(), 'Europe/Amsterdam'), days);
