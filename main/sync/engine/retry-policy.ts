import { isPlatformError, RateLimitedError } from '../http/platform-errors';

const MINUTE = 60_000;
/** Waits before the 1st..5th retry of an outbound job (ARCHITECTURE.md decision 10). */
export const RETRY_DELAYS_MS: readonly number[] = [
  1 * MINUTE,
  5 * MINUTE,
  30 * MINUTE,
  120 * MINUTE,
  480 * MINUTE,
];

export type RetryDecision =
  | { readonly kind: 'retry'; readonly atMs: number; readonly retryCount: number }
  | { readonly kind: 'park'; readonly retryCount: number }
  | { readonly kind: 'fail' };

/** Errors worth trying again later: the platform or the network, not our request. */
export function isRetryable(error: unknown): boolean {
  if (isPlatformError(error)) return error.retryable || error.code === 'authentication';
  // Not a platform answer (a store hiccup, a bug): retrying is safe, the job re-reads everything.
  return true;
}

/**
 * What happens after a failed attempt number `retryCount + 1`: the next retry time, or parked
 * once the five retries are spent, or failed at once when retrying cannot help.
 */
export function decideRetry(error: unknown, retryCount: number, nowMs: number): RetryDecision {
  if (!isRetryable(error)) return { kind: 'fail' };
  if (retryCount >= RETRY_DELAYS_MS.length) return { kind: 'park', retryCount };
  let delay = RETRY_DELAYS_MS[retryCount] ?? MINUTE;
  if (error instanceof RateLimitedError) delay = Math.max(delay, error.retryAfterMs);
  return { kind: 'retry', atMs: nowMs + delay, retryCount: retryCount + 1 };
}

/** True when a create may have reached the platform although the call failed. */
export function outcomeUnknown(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'outcomeUnknown' in error &&
    error.outcomeUnknown === true
  );
}
