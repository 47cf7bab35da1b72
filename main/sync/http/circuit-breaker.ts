import type { SyncTime } from './sync-time';

export type BreakerState = 'closed' | 'open' | 'half_open';

export interface CircuitBreakerOptions {
  /** Consecutive failures (network errors, timeouts, 5xx) that open the circuit. */
  readonly failureThreshold: number;
  /** How long the circuit stays open before one probe call is let through. */
  readonly openMs: number;
  readonly time: SyncTime;
  readonly onStateChange?: (state: BreakerState) => void;
}

export type Admission =
  | { readonly ok: true; readonly probe: boolean }
  | { readonly ok: false; readonly retryAfterMs: number };

/**
 * One per platform. Closed: calls flow, failures are counted. Open: calls are refused without
 * touching the network until `openMs` has passed. Half-open: exactly one probe call is let through;
 * its success closes the circuit, its failure opens it again for another `openMs`.
 * Every admitted call must report `success(probe)` or `failure(probe)` exactly once, passing the
 * `probe` flag it was admitted with.
 */
export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probeInFlight = false;

  constructor(private readonly options: CircuitBreakerOptions) {
    if (!(options.failureThreshold >= 1) || !(options.openMs >= 0)) {
      throw new RangeError('a circuit breaker needs failureThreshold >= 1 and openMs >= 0');
    }
  }

  state(): BreakerState {
    return this.current;
  }

  consecutiveFailures(): number {
    return this.failures;
  }

  admit(): Admission {
    const now = this.options.time.now();
    if (this.current === 'closed') return { ok: true, probe: false };
    if (this.current === 'open') {
      const remaining = this.openedAt + this.options.openMs - now;
      if (remaining > 0) return { ok: false, retryAfterMs: remaining };
      this.setState('half_open');
    }
    if (this.probeInFlight) return { ok: false, retryAfterMs: Math.max(1, this.options.openMs) };
    this.probeInFlight = true;
    return { ok: true, probe: true };
  }

  success(probe = false): void {
    this.failures = 0;
    if (probe) this.probeInFlight = false;
    if (this.current !== 'closed') this.setState('closed');
  }

  failure(probe = false): void {
    this.failures += 1;
    if (probe) this.probeInFlight = false;
    if (probe || (this.current === 'closed' && this.failures >= this.options.failureThreshold)) {
      this.openedAt = this.options.time.now();
      this.setState('open');
    }
  }

  private setState(state: BreakerState): void {
    if (state === this.current) return;
    this.current = state;
    this.options.onStateChange?.(state);
  }
}
