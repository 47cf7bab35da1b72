import type { RunningHttpServer } from '../common/http-server';
import { createRng } from '../common/random';
import { createSimCore, type SimCore } from '../common/sim-core';
import { startSimServer } from '../common/sim-server';
import {
  DEFAULT_THEFORK_RATE_LIMIT,
  DEFAULT_WEBHOOK_RETRY_DELAYS_MS,
  defaultRestaurant,
  deriveCredentials,
  type TheForkCredentials,
  type TheForkSimOptions,
} from './config';
import { theForkPlatform } from './platform-definition';
import { addSampleReservations } from './sample-data';
import { theForkScenarioRoutes } from './scenario-routes';
import { TheForkState, type ForkEvent } from './state';
import { TokenStore } from './token-store';
import { toOutgoingWebhook, webhookUrl } from './webhooks';
import { API_PREFIX, TOKEN_PATH, type TheForkWorld } from './world';

export interface TheForkSim {
  /** Root of the simulator, e.g. http://127.0.0.1:4010 */
  readonly url: string;
  /** What a connector calls "base URL" (the real one is https://api.thefork.io/manager). */
  readonly apiBaseUrl: string;
  /** The OAuth token endpoint (the real one is https://auth.thefork.io/oauth/token). */
  readonly tokenUrl: string;
  /** Scenario API root. */
  readonly scenarioUrl: string;
  readonly credentials: TheForkCredentials;
  /** Current webhook URL (relay ingress + `?token=`), or null. */
  webhookUrl(): string | null;
  readonly core: SimCore;
  close(): Promise<void>;
}

/** Starts a TheFork B2B simulator on 127.0.0.1. */
export async function startTheForkSim(options: TheForkSimOptions = {}): Promise<TheForkSim> {
  const seed = options.seed ?? 1;
  const onError = options.onError ?? ((error: unknown) => console.error('[thefork-sim]', error));
  let relayUrl = options.relayUrl ?? null;
  let sequence = 0;

  const build = (credentialsOverride?: TheForkCredentials) => {
    const rng = createRng(seed);
    const derived = deriveCredentials(rng, options.webhookToken);
    const credentials = credentialsOverride ?? derived;
    const restaurant = defaultRestaurant(rng, credentials, options.slotMinutes ?? 30);
    const signingKey = rng.alnum(48);
    return { rng, credentials, restaurant, signingKey };
  };

  const first = build();
  let token =
    relayUrl === null
      ? first.credentials.webhookToken
      : webhookUrl(relayUrl, first.credentials.webhookToken).token;
  const target = (): string | null => (relayUrl === null ? null : webhookUrl(relayUrl, token).url);
  const core = createSimCore({
    rateLimit: options.rateLimit ?? DEFAULT_THEFORK_RATE_LIMIT,
    webhookTarget: target,
    webhookRetryDelaysMs: options.webhookRetryDelaysMs ?? DEFAULT_WEBHOOK_RETRY_DELAYS_MS,
    webhookTimeoutMs: options.webhookTimeoutMs ?? 10_000,
    webhookStopOnGone: false,
  });
  const emit = (event: ForkEvent): void => {
    sequence += 1;
    core.webhooks.send(toOutgoingWebhook(event, sequence));
  };

  const makeWorld = (parts: ReturnType<typeof build>): TheForkWorld => {
    const state = new TheForkState({ rng: parts.rng, now: () => core.clock.now(), emit }, [
      parts.restaurant,
    ]);
    addSampleReservations(
      state,
      parts.restaurant,
      parts.rng,
      options.initialReservations ?? 0,
      core.clock.now(),
    );
    return {
      state,
      // Own random source, so the number of tokens issued never shifts reservation ids.
      tokens: new TokenStore(createRng(seed ^ 0x70ce), parts.signingKey),
      credentials: parts.credentials,
      clock: core.clock,
    };
  };

  let world = makeWorld(first);
  const getWorld = (): TheForkWorld => world;
  const credentials = (): TheForkCredentials => ({ ...world.credentials, webhookToken: token });

  let server: RunningHttpServer;
  try {
    server = await startSimServer({
      port: options.port ?? 0,
      bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
      core,
      platform: theForkPlatform(getWorld),
      scenarioRoutes: theForkScenarioRoutes(getWorld),
      onError,
      hooks: {
        state: () => ({
          platform: 'thefork',
          credentials: credentials(),
          webhookUrl: target(),
          tokens: world.tokens.stats(core.clock.now()),
          restaurants: [...world.state.restaurants.values()],
          reservations: world.state.reservations.size,
          customers: world.state.customers.size,
        }),
        credentials: () => ({ ...credentials(), webhookUrl: target() }),
        reset: () => {
          sequence = 0;
          world = makeWorld(build(world.credentials));
        },
        expireTokens: () => world.tokens.expireAll(core.clock.now()),
        webhookTarget: target,
        setWebhookTarget: (url) => {
          relayUrl = url;
          if (url !== null) token = webhookUrl(url, token).token;
        },
      },
    });
  } catch (error) {
    core.shutdown();
    throw error;
  }

  return {
    url: server.url,
    apiBaseUrl: `${server.url}${API_PREFIX.replace(/\/v1$/, '')}`,
    tokenUrl: `${server.url}${TOKEN_PATH}`,
    scenarioUrl: `${server.url}/__sim`,
    get credentials() {
      return credentials();
    },
    webhookUrl: target,
    core,
    close: async () => {
      core.shutdown();
      await server.close();
    },
  };
}
