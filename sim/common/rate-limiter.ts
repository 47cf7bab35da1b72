export interface RateLimitConfig {
  readonly limit: number;
  readonly windowSeconds: number;
}

export type RateDecision =
  | {
      readonly ok: true;
      readonly limit: number;
      readonly remaining: number;
      readonly resetSeconds: number;
    }
  | { readonly ok: false; readonly limit: number; readonly retryAfterSeconds: number };

/**
 * Fixed-window counter per consumer (the way API gateways count "N per minute"): the window
 * starts at a multiple of its length on the simulator's clock.
 */
export class FixedWindowLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(private config: RateLimitConfig) {}

  get current(): RateLimitConfig {
    return this.config;
  }

  configure(config: RateLimitConfig): void {
    this.config = config;
    this.windows.clear();
  }

  take(consumer: string, nowMs: number): RateDecision {
    const windowMs = this.config.windowSeconds * 1000;
    const start = Math.floor(nowMs / windowMs) * windowMs;
    let window = this.windows.get(consumer);
    if (window?.start !== start) {
      window = { start, count: 0 };
      this.windows.set(consumer, window);
    }
    const resetSeconds = Math.max(1, Math.ceil((start + windowMs - nowMs) / 1000));
    if (window.count >= this.config.limit) {
      return { ok: false, limit: this.config.limit, retryAfterSeconds: resetSeconds };
    }
    window.count += 1;
    return {
      ok: true,
      limit: this.config.limit,
      remaining: this.config.limit - window.count,
      resetSeconds,
    };
  }
}
