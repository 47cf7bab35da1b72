import { describe, expect, it } from 'vitest';
import { FixedWindowLimiter } from './rate-limiter';

describe('fixed-window rate limiter', () => {
  it('allows `limit` calls per window per consumer and says when to retry', () => {
    const limiter = new FixedWindowLimiter({ limit: 2, windowSeconds: 60 });
    const t0 = 1_800_000_000_000; // a window boundary
    expect(limiter.take('a', t0)).toMatchObject({ ok: true, remaining: 1 });
    expect(limiter.take('a', t0 + 1000)).toMatchObject({ ok: true, remaining: 0 });
    expect(limiter.take('a', t0 + 15_000)).toEqual({ ok: false, limit: 2, retryAfterSeconds: 45 });
    expect(limiter.take('b', t0 + 15_000).ok).toBe(true);
    expect(limiter.take('a', t0 + 60_000).ok).toBe(true);
  });

  it('starts fresh when reconfigured', () => {
    const limiter = new FixedWindowLimiter({ limit: 1, windowSeconds: 1 });
    expect(limiter.take('a', 0).ok).toBe(true);
    expect(limiter.take('a', 10).ok).toBe(false);
    limiter.configure({ limit: 5, windowSeconds: 10 });
    expect(limiter.take('a', 20)).toMatchObject({ ok: true, remaining: 4 });
  });
});
