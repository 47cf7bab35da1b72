import { addDays, instantAtLocal, localDate, minutesOf } from '../common/time-zone';
import { fetchJson, type FetchResult } from '../common/testing/fetch-json';
import { startCaptureServer, type CaptureServer } from '../common/testing/capture-server';
import { TheForkScenarioClient } from './scenario-client';
import { startTheForkSim, type TheForkSim } from './server';
import type { TheForkSimOptions } from './config';

/** A running simulator, a capture "relay", a scenario client and a logged-in API caller. */
export interface ForkHarness {
  sim: TheForkSim;
  /** Unexpected exceptions inside the simulator (should stay empty). */
  errors: unknown[];
  relay: CaptureServer;
  scenario: TheForkScenarioClient;
  token(): Promise<string>;
  /** Resets the simulator (which drops its tokens) and forgets the cached token. */
  reset(): Promise<void>;
  api(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<FetchResult>;
  close(): Promise<void>;
}

export async function startForkHarness(options: TheForkSimOptions = {}): Promise<ForkHarness> {
  const relay = await startCaptureServer();
  const errors: unknown[] = [];
  const sim = await startTheForkSim({
    relayUrl: `${relay.url}/hooks/tenant-1/thefork`,
    webhookRetryDelaysMs: [20, 20],
    webhookTimeoutMs: 2000,
    onError: (error) => {
      errors.push(error);
    },
    ...options,
  });
  let cached: string | undefined;
  const token = async (): Promise<string> => {
    if (cached) return cached;
    const result = await fetchJson(sim.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        audience: sim.credentials.audience,
        grant_type: 'client_credentials',
        client_id: sim.credentials.clientId,
        client_secret: sim.credentials.clientSecret,
      }).toString(),
    });
    const access = (result.body as { access_token?: string } | undefined)?.access_token;
    if (!access) throw new Error(`token request failed: ${result.status} ${result.text}`);
    cached = access;
    return access;
  };
  return {
    sim,
    errors,
    relay,
    scenario: new TheForkScenarioClient(sim.scenarioUrl),
    token,
    reset: async () => {
      await new TheForkScenarioClient(sim.scenarioUrl).reset();
      cached = undefined;
      relay.received.length = 0;
    },
    api: async (method, path, body, headers = {}) =>
      fetchJson(`${sim.apiBaseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${await token()}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      }),
    close: async () => {
      await sim.close();
      await relay.close();
    },
  };
}

/** An ISO instant `days` ahead at local `hhmm` in the restaurant's zone (a timeslot start). */
export function futureLocal(days: number, hhmm: string, timeZone = 'Europe/Paris'): string {
  const date = addDays(localDate(Date.now(), timeZone), days);
  return new Date(instantAtLocal(date, minutesOf(hhmm), timeZone)).toISOString();
}

export { fetchJson };
