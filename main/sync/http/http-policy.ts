/** How one platform's calls are paced, timed out and retried (see main/sync/README.md). */
export interface HttpPolicy {
  /** Per attempt: time to get the answer's headers, and again to read its body. */
  readonly timeoutMs: number;
  /** Attempts of an idempotent call on network errors, timeouts and 5xx (first one included). */
  readonly maxAttempts: number;
  /** Exponential backoff with full jitter between those attempts. */
  readonly backoff: { readonly baseMs: number; readonly capMs: number };
  /** Longest wait inside one call for the rate limit (bucket or Retry-After); beyond: RateLimitedError. */
  readonly maxRateLimitWaitMs: number;
  /** 429 answers retried inside one call (any method: a 429 was not processed). */
  readonly maxRateLimitRetries: number;
  /** Wait after a 429 without a usable Retry-After. */
  readonly defaultRetryAfterMs: number;
  /** Larger answers are refused (UnexpectedResponseError). */
  readonly maxResponseBytes: number;
}

export const DEFAULT_HTTP_POLICY: HttpPolicy = {
  timeoutMs: 10_000,
  maxAttempts: 3,
  backoff: { baseMs: 300, capMs: 5_000 },
  maxRateLimitWaitMs: 30_000,
  maxRateLimitRetries: 2,
  defaultRetryAfterMs: 5_000,
  maxResponseBytes: 8 * 1024 * 1024,
};

export interface RateLimitPolicy {
  readonly capacity: number;
  readonly refillPerSecond: number;
}

export interface BreakerPolicy {
  readonly failureThreshold: number;
  readonly openMs: number;
}

export const DEFAULT_BREAKER_POLICY: BreakerPolicy = { failureThreshold: 5, openMs: 30_000 };
