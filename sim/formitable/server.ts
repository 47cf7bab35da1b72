import type { RunningHttpServer } from '../common/http-server';
import { createRng } from '../common/random';
import { createSimCore, type SimCore } from '../common/sim-core';
import { startSimServer } from '../common/sim-server';
import {
  API_PREFIX,
  DEFAULT_FORMITABLE_RATE_LIMIT,
  DEFAULT_WEBHOOK_RETRY_DELAYS_MS,
  defaultRestaurant,
  withExtraTables,
  deriveCredentials,
  type FormitableCredentials,
  type FormitableSimOptions,
} from './config';
import { formitablePlatform } from './platform-definition';
import { addSampleBookings } from './sample-data';
import { formitableScenarioRoutes } from './scenario-routes';
import { FormitableState } from './state';
import { toNotification } from './webhooks';
import type { FormitableWorld } from './world';

export interface FormitableSim {
  /** Root of the simulator, e.g. http://127.0.0.1:4020 */
  readonly url: string;
  /** What a connector calls "base URL" (the real one is https://api.formitable.com/api/v1.2). */
  readonly apiBaseUrl: string;
  readonly scenarioUrl: string;
  readonly credentials: FormitableCredentials;
  webhookUrl(): string | null;
  readonly core: SimCore;
  close(): Promise<void>;
}

/** Starts a Formitable (Zenchef) REST v1.2 simulator on 127.0.0.1. */
export async function startFormitableSim(
  options: FormitableSimOptions = {},
): Promise<FormitableSim> {
  const seed = options.seed ?? 1;
  const onError = options.onError ?? ((error: unknown) => console.error('[formitable-sim]', error));
  let relayUrl = options.relayUrl ?? null;
  const credentials = deriveCredentials(createRng(seed), options.webhookSecret);
  const messageIds = createRng(seed ^ 0x5eed);

  const core = createSimCore({
    rateLimit: options.rateLimit ?? DEFAULT_FORMITABLE_RATE_LIMIT,
    webhookTarget: () => relayUrl,
    webhookRetryDelaysMs: options.webhookRetryDelaysMs ?? DEFAULT_WEBHOOK_RETRY_DELAYS_MS,
    webhookTimeoutMs: options.webhookTimeoutMs ?? 10_000,
    webhookStopOnGone: true,
  });
  const emit = (bookingUid: string): void => {
    core.webhooks.send(
      toNotification(
        {
          id: `msg_${messageIds.alnum(24)}`,
          restaurantUid: credentials.restaurantUid,
          bookingUid,
          at: core.clock.now(),
        },
        credentials.webhookSecret,
      ),
    );
  };

  const makeWorld = (): FormitableWorld => {
    const rng = createRng(seed);
    deriveCredentials(rng, options.webhookSecret); // same draws as above, so booking ids follow
    const state = new FormitableState(
      { rng, now: () => core.clock.now(), emit },
      withExtraTables(defaultRestaurant(credentials.restaurantUid), options.extraTables ?? 0),
    );
    addSampleBookings(state, rng, options.initialBookings ?? 0, core.clock.now());
    return { state, credentials, clock: core.clock, apiSource: options.apiSource ?? 'couvert' };
  };
  let world = makeWorld();
  const getWorld = (): FormitableWorld => world;

  let server: RunningHttpServer;
  try {
    server = await startSimServer({
      port: options.port ?? 0,
      bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
      core,
      platform: formitablePlatform(getWorld),
      scenarioRoutes: formitableScenarioRoutes(getWorld),
      onError,
      hooks: {
        state: () => ({
          platform: 'formitable',
          credentials,
          webhookUrl: relayUrl,
          restaurant: world.state.restaurant,
          bookings: world.state.bookings.size,
        }),
        credentials: () => ({ ...credentials, webhookUrl: relayUrl }),
        reset: () => {
          world = makeWorld();
        },
        webhookTarget: () => relayUrl,
        setWebhookTarget: (url) => {
          relayUrl = url;
        },
      },
    });
  } catch (error) {
    core.shutdown();
    throw error;
  }
  return {
    url: server.url,
    apiBaseUrl: `${server.url}${API_PREFIX}`,
    scenarioUrl: `${server.url}/__sim`,
    credentials,
    webhookUrl: () => relayUrl,
    core,
    close: async () => {
      core.shutdown();
      await server.close();
    },
  };
}
