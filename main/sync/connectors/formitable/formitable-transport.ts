import type { Logger } from '../../../ports';
import type { BreakerPolicy, HttpPolicy, RateLimitPolicy } from '../../http/http-policy';
import { createPlatformStack, type PlatformStack } from '../../http/platform-stack';
import type { SecretScrubber } from '../../http/secret-scrubber';
import type { SyncTime } from '../../http/sync-time';
import type { ExternalIdLookup } from '../id-lookup';
import { classifyFormitableError } from './formitable-errors';

export const FORMITABLE_PLATFORM = 'formitable';
export const FORMITABLE_NAME = 'Zenchef (Formitable)';
export interface FormitableEndpoints {
  readonly apiBaseUrl: string;
}
export const FORMITABLE_ENDPOINTS: FormitableEndpoints = {
  apiBaseUrl: 'https://api.formitable.com/api/v1.2',
};
/** Nothing is published for api.formitable.com; Zenchef's own API allows 100/min. */
export const FORMITABLE_RATE_LIMIT: RateLimitPolicy = { capacity: 5, refillPerSecond: 1.5 };

export interface FormitableConnectorOptions {
  readonly restaurantUid: string;
  readonly apiKey: string;
  readonly endpoints?: Partial<FormitableEndpoints>;
  /** The restaurant's IANA zone (Formitable gives a Windows zone name; the desk knows the IANA one). */
  readonly timeZone: string;
  /** `source` Formitable records for bookings made with our key (default `couvert`). */
  readonly apiSource?: string;
  /** Days polled ahead, today included (default 62: two window calls). */
  readonly horizonDays?: number;
  readonly lookup: ExternalIdLookup;
  readonly time: SyncTime;
  readonly logger: Logger;
  readonly scrubber: SecretScrubber;
  readonly policy?: Partial<HttpPolicy>;
  readonly breaker?: Partial<BreakerPolicy>;
  readonly rateLimit?: RateLimitPolicy;
  readonly fetch?: typeof fetch;
}

/** Formitable's transport: the `ApiKey` header on every call (and out of every log line). */
export function createFormitableTransport(options: FormitableConnectorOptions): PlatformStack {
  options.scrubber.add(options.apiKey);
  const apiKey = options.apiKey;
  return createPlatformStack({
    platform: FORMITABLE_PLATFORM,
    platformName: FORMITABLE_NAME,
    baseUrl: options.endpoints?.apiBaseUrl ?? FORMITABLE_ENDPOINTS.apiBaseUrl,
    auth: { headers: async () => ({ ApiKey: apiKey }) },
    classifyError: classifyFormitableError,
    rateLimit: options.rateLimit ?? FORMITABLE_RATE_LIMIT,
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.breaker ? { breaker: options.breaker } : {}),
    time: options.time,
    logger: options.logger,
    scrubber: options.scrubber,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}
