import type { Logger } from '../../../ports';
import type { BreakerPolicy, HttpPolicy, RateLimitPolicy } from '../../http/http-policy';
import { OAuthTokenManager } from '../../http/oauth-token-manager';
import { createPlatformStack, type PlatformStack } from '../../http/platform-stack';
import { scrubbingLogger, type SecretScrubber } from '../../http/secret-scrubber';
import type { SyncTime } from '../../http/sync-time';
import type { ExternalIdLookup } from '../id-lookup';
import { classifyTheForkError } from './thefork-errors';
import type { TheForkPullOptions } from './thefork-pull';

export const THEFORK_PLATFORM = 'thefork';
export const THEFORK_NAME = 'TheFork';
export interface TheForkEndpoints {
  readonly apiBaseUrl: string;
  readonly tokenUrl: string;
  readonly audience: string;
}
export const THEFORK_ENDPOINTS: TheForkEndpoints = {
  apiBaseUrl: 'https://api.thefork.io/manager',
  tokenUrl: 'https://auth.thefork.io/oauth/token',
  audience: 'https://api.thefork.io',
};
/** TheFork's limits are per contract and unpublished: stay well under a typical 600/min. */
export const THEFORK_RATE_LIMIT: RateLimitPolicy = { capacity: 10, refillPerSecond: 5 };

export interface TheForkConnectorOptions {
  readonly restaurantUuid: string;
  readonly credentials: { readonly clientId: string; readonly clientSecret: string };
  readonly endpoints?: Partial<TheForkEndpoints>;
  readonly lookup: ExternalIdLookup;
  readonly time: SyncTime;
  readonly logger: Logger;
  readonly scrubber: SecretScrubber;
  /** BCP 47; for guests without a language (default fr-FR). */
  readonly defaultLocale?: string;
  readonly policy?: Partial<HttpPolicy>;
  readonly breaker?: Partial<BreakerPolicy>;
  readonly rateLimit?: RateLimitPolicy;
  readonly pull?: Partial<TheForkPullOptions>;
  readonly fetch?: typeof fetch;
}

/**
 * TheFork's transport: the token manager (client credentials against auth.thefork.io) and the
 * HTTP stack that sends the bearer token, refreshing it once after a 401.
 */
export function createTheForkTransport(options: TheForkConnectorOptions): {
  tokens: OAuthTokenManager;
  stack: PlatformStack;
} {
  const endpoints = { ...THEFORK_ENDPOINTS, ...options.endpoints };
  const tokens = new OAuthTokenManager({
    credentials: {
      ...options.credentials,
      tokenUrl: endpoints.tokenUrl,
      audience: endpoints.audience,
    },
    platform: THEFORK_PLATFORM,
    platformName: THEFORK_NAME,
    time: options.time,
    logger: scrubbingLogger(options.logger.child({ platform: THEFORK_PLATFORM }), options.scrubber),
    scrubber: options.scrubber,
    ...(options.policy?.timeoutMs === undefined ? {} : { timeoutMs: options.policy.timeoutMs }),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const stack = createPlatformStack({
    platform: THEFORK_PLATFORM,
    platformName: THEFORK_NAME,
    baseUrl: endpoints.apiBaseUrl,
    auth: {
      headers: async () => ({ authorization: `Bearer ${await tokens.getToken()}` }),
      refreshAfterUnauthorized: async (used) => {
        tokens.invalidate((used.authorization ?? '').replace(/^Bearer /, ''));
        return true;
      },
    },
    classifyError: classifyTheForkError,
    rateLimit: options.rateLimit ?? THEFORK_RATE_LIMIT,
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.breaker ? { breaker: options.breaker } : {}),
    time: options.time,
    logger: options.logger,
    scrubber: options.scrubber,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return { tokens, stack };
}
