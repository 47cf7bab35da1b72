import { describe, expect, it } from 'vitest';
import { createMetrics } from './metrics';
import { createRateLimiter } from './rate-limit';
import { redact } from './logger';

describe('token bucket', () => {
  it('allows a burst up to capacity, then refuses with a Retry-After, then refills', () => {
    let t = 0;
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 2, now: () => t });
    expect([1, 2, 3].map(() => limiter.take('a').ok)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('b').ok).toBe(true);
    t = 500;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    t = 10_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a').ok)).toEqual([true, true, true, false]);
  });

  it('says how long to wait for a slow refill and keeps its key count bounded', () => {
    let t = 0;
    const limiter = createRateLimiter({
      capacity: 1,
      refillPerSecond: 0.1,
      now: () => t,
      maxKeys: 10,
    });
    limiter.take('x');
    expect(limiter.take('x')).toEqual({ ok: false, retryAfterSeconds: 10 });
    for (let i = 0; i < 50; i++) {
      t += 1;
      expect(limiter.take(`k${i}`).ok).toBe(true);
    }
  });
});

describe('metrics and logs', () => {
  it('counts by labels and renders the Prometheus text format', () => {
    const m = createMetrics();
    m.inc('relay_webhooks_total', { platform: 'square', outcome: 'forged' });
    m.inc('relay_webhooks_total', { outcome: 'forged', platform: 'square' });
    expect(m.get('relay_webhooks_total', { platform: 'square', outcome: 'forged' })).toBe(2);
    expect(m.render()).toBe('relay_webhooks_total{outcome="forged",platform="square"} 2\n');
  });

  it('redacts secret-looking fields at any depth', () => {
    expect(
      redact({
        token: 'x',
        nested: { authorization: 'Bearer y', webhookSignature: 'z', ok: 1 },
        list: [{ secret: 's' }],
      }),
    ).toEqual({
      token: '[redacted]',
      nested: { authorization: '[redacted]', webhookSignature: '[redacted]', ok: 1 },
      list: [{ secret: '[redacted]' }],
    });
  });
});
