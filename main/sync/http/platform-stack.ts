import type { Logger } from '../../ports';
import { CircuitBreaker } from './circuit-breaker';
import {
  DEFAULT_BREAKER_POLICY,
  DEFAULT_HTTP_POLICY,
  type BreakerPolicy,
  type HttpPolicy,
  type RateLimitPolicy,
} from './http-policy';
import { PlatformHttp, type ErrorClassifier, type RequestAuth } from './platform-http';
import { scrubbingLogger, type SecretScrubber } from './secret-scrubber';
import type { SyncTime } from './sync-time';
import { TokenBucket } from './token-bucket';

export interface PlatformStackOptions {
  readonly platform: string;
  readonly platformName: string;
  readonly baseUrl: string;
  readonly auth: RequestAuth;
  readonly classifyError: ErrorClassifier;
  readonly rateLimit: RateLimitPolicy;
  readonly policy?: Partial<HttpPolicy>;
  readonly breaker?: Partial<BreakerPolicy>;
  readonly time: SyncTime;
  readonly logger: Logger;
  readonly scrubber: SecretScrubber;
  readonly fetch?: typeof fetch;
}

export interface PlatformStack {
  readonly http: PlatformHttp;
  readonly bucket: TokenBucket;
  readonly breaker: CircuitBreaker;
  /** Scrubs secrets from everything it writes. */
  readonly logger: Logger;
}

/** The per-platform HTTP pieces, wired: one bucket and one breaker shared by all its calls. */
export function createPlatformStack(options: PlatformStackOptions): PlatformStack {
  const logger = scrubbingLogger(
    options.logger.child({ platform: options.platform }),
    options.scrubber,
  );
  const bucket = new TokenBucket({ ...options.rateLimit, time: options.time });
  const breaker = new CircuitBreaker({
    ...DEFAULT_BREAKER_POLICY,
    ...options.breaker,
    time: options.time,
    onStateChange: (state) =>
      (state === 'open' ? logger.warn : logger.info)(
        `${options.platformName} circuit ${state.replace('_', '-')}`,
        { circuit: state },
      ),
  });
  const http = new PlatformHttp({
    platform: options.platform,
    platformName: options.platformName,
    baseUrl: options.baseUrl,
    auth: options.auth,
    classifyError: options.classifyError,
    policy: { ...DEFAULT_HTTP_POLICY, ...options.policy },
    bucket,
    breaker,
    time: options.time,
    logger,
    scrubber: options.scrubber,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return { http, bucket, breaker, logger };
}
