import type { SyncTime } from './sync-time';

export interface TokenBucketOptions {
  /** Burst size. */
  readonly capacity: number;
  /** Sustained rate. */
  readonly refillPerSecond: number;
  readonly time: SyncTime;
}

export type TakeResult = { readonly ok: true; readonly waitedMs: number } | TakeRefused;
export interface TakeRefused {
  readonly ok: false;
  /** How long until a call would be allowed. */
  readonly retryAfterMs: number;
}

/**
 * Client-side pacing of one platform's calls (one bucket per platform, shared by every operation).
 * `pauseFor` is how a 429 with `Retry-After` reaches every caller: no call leaves before the
 * platform said it may. `take` waits for a token unless the wait would exceed `maxWaitMs`.
 */
export class TokenBucket {
  private tokens: number;
  private lastRefill: number;
  private pausedUntil = 0;

  constructor(private readonly options: TokenBucketOptions) {
    if (!(options.capacity >= 1) || !(options.refillPerSecond > 0)) {
      throw new RangeError('a token bucket needs capacity >= 1 and a positive refill rate');
    }
    this.tokens = options.capacity;
    this.lastRefill = options.time.now();
  }

  /** Tokens available now (fractional). */
  available(): number {
    this.refill();
    return this.tokens;
  }

  /** Milliseconds until the pause set by the platform ends (0 when not paused). */
  pausedForMs(): number {
    return Math.max(0, this.pausedUntil - this.options.time.now());
  }

  /**
   * The platform said "not before `ms` from now": hold every call until then, and drop the burst
   * (one call may go when the pause ends, the next ones at the refill rate).
   */
  pauseFor(ms: number): void {
    const now = this.options.time.now();
    this.pausedUntil = Math.max(this.pausedUntil, now + Math.max(0, ms));
    this.tokens = 1;
    this.lastRefill = Math.max(this.lastRefill, this.pausedUntil);
  }

  async take(maxWaitMs: number, signal?: AbortSignal): Promise<TakeResult> {
    const { time } = this.options;
    const started = time.now();
    for (;;) {
      const wait = this.waitNeeded();
      if (wait <= 0) {
        this.tokens -= 1;
        return { ok: true, waitedMs: time.now() - started };
      }
      const waitedSoFar = time.now() - started;
      if (waitedSoFar + wait > maxWaitMs) return { ok: false, retryAfterMs: wait };
      await time.sleep(wait, signal);
    }
  }

  private waitNeeded(): number {
    const now = this.options.time.now();
    if (now < this.pausedUntil) return this.pausedUntil - now;
    this.refill();
    if (this.tokens >= 1) return 0;
    return Math.ceil(((1 - this.tokens) / this.options.refillPerSecond) * 1000);
  }

  private refill(): void {
    const now = this.options.time.now();
    if (now <= this.lastRefill) return;
    const added = ((now - this.lastRefill) / 1000) * this.options.refillPerSecond;
    this.tokens = Math.min(this.options.capacity, this.tokens + added);
    this.lastRefill = now;
  }
}
