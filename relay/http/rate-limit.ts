/**
 * Token buckets kept in process memory: each key holds up to `capacity` tokens and regains
 * `refillPerSecond`. With N relay processes a client may get up to N times the rate; the limit
 * protects the database from a runaway desk, it is not a quota.
 */
export interface RateLimitOptions {
  capacity: number;
  refillPerSecond: number;
  now?: () => number;
  /** Buckets kept before idle full ones are dropped. */
  maxKeys?: number;
}

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(key: string, cost?: number): RateDecision;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const now = options.now ?? (() => performance.now());
  const maxKeys = options.maxKeys ?? 10_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = (bucket: { tokens: number; at: number }, t: number) => {
    bucket.tokens = Math.min(
      options.capacity,
      bucket.tokens + ((t - bucket.at) / 1000) * options.refillPerSecond,
    );
    bucket.at = t;
  };
  const prune = (t: number) => {
    for (const [key, bucket] of buckets) {
      refill(bucket, t);
      if (bucket.tokens >= options.capacity) buckets.delete(key);
    }
  };
  return {
    take(key, cost = 1) {
      const t = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxKeys) prune(t);
        bucket = { tokens: options.capacity, at: t };
        buckets.set(key, bucket);
      }
      refill(bucket, t);
      if (bucket.tokens >= cost) {
        bucket.tokens -= cost;
        return { ok: true };
      }
      const missing = cost - bucket.tokens;
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil(missing / options.refillPerSecond)),
      };
    },
  };
}
