import { describe, expect, it } from 'vitest';
import { CircuitBreaker, type BreakerState } from './circuit-breaker';
import { manualSyncTime } from './sync-time';

function breaker() {
  const time = manualSyncTime();
  const changes: BreakerState[] = [];
  const b = new CircuitBreaker({
    failureThreshold: 3,
    openMs: 1_000,
    time,
    onStateChange: (s) => changes.push(s),
  });
  return { b, time, changes };
}

describe('CircuitBreaker', () => {
  it('opens after N consecutive failures and refuses calls while open', () => {
    const { b, changes } = breaker();
    for (let i = 0; i < 2; i++) {
      expect(b.admit()).toEqual({ ok: true, probe: false });
      b.failure();
    }
    expect(b.state()).toBe('closed');
    b.admit();
    b.failure();
    expect(b.state()).toBe('open');
    expect(b.admit()).toEqual({ ok: false, retryAfterMs: 1_000 });
    expect(changes).toEqual(['open']);
  });

  it('a success resets the count', () => {
    const { b } = breaker();
    b.failure();
    b.failure();
    b.success();
    b.failure();
    expect(b.state()).toBe('closed');
    expect(b.consecutiveFailures()).toBe(1);
  });

  it('lets exactly one probe through when half-open; its success closes the circuit', () => {
    const { b, time, changes } = breaker();
    for (let i = 0; i < 3; i++) b.failure();
    time.advance(1_000);
    expect(b.admit()).toEqual({ ok: true, probe: true });
    expect(b.state()).toBe('half_open');
    expect(b.admit().ok).toBe(false);
    b.success(true);
    expect(b.state()).toBe('closed');
    expect(b.admit()).toEqual({ ok: true, probe: false });
    expect(changes).toEqual(['open', 'half_open', 'closed']);
  });

  it('a failed probe opens the circuit again for another period', () => {
    const { b, time } = breaker();
    for (let i = 0; i < 3; i++) b.failure();
    time.advance(1_500);
    const probe = b.admit();
    expect(probe.ok && probe.probe).toBe(true);
    b.failure(true);
    expect(b.state()).toBe('open');
    expect(b.admit()).toEqual({ ok: false, retryAfterMs: 1_000 });
    time.advance(1_000);
    expect(b.admit()).toEqual({ ok: true, probe: true });
  });
});
