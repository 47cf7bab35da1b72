import { describe, expect, it } from 'vitest';
import { manualSyncTime } from './sync-time';
import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('lets a burst through, then paces at the refill rate', async () => {
    const time = manualSyncTime();
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 2, time });
    for (let i = 0; i < 3; i++)
      expect(await bucket.take(10_000)).toEqual({ ok: true, waitedMs: 0 });
    const fourth = await bucket.take(10_000);
    expect(fourth).toEqual({ ok: true, waitedMs: 500 });
    expect(time.sleeps).toEqual([500]);
  });

  it('never holds more than its capacity', async () => {
    const time = manualSyncTime();
    const bucket = new TokenBucket({ capacity: 2, refillPerSecond: 10, time });
    time.advance(60_000);
    expect(bucket.available()).toBe(2);
  });

  it('holds every call until a Retry-After pause ends, and drops the burst', async () => {
    const time = manualSyncTime();
    const bucket = new TokenBucket({ capacity: 5, refillPerSecond: 1, time });
    bucket.pauseFor(2_000);
    expect(bucket.pausedForMs()).toBe(2_000);
    const result = await bucket.take(10_000);
    expect(result).toEqual({ ok: true, waitedMs: 2_000 });
    // The burst was dropped: the next call waits for a refill.
    expect((await bucket.take(10_000)).ok).toBe(true);
    expect(time.sleeps).toEqual([2_000, 1_000]);
  });

  it('refuses instead of waiting longer than allowed', async () => {
    const time = manualSyncTime();
    const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 1, time });
    bucket.pauseFor(30_000);
    expect(await bucket.take(5_000)).toEqual({ ok: false, retryAfterMs: 30_000 });
    expect(time.sleeps).toEqual([]);
  });

  it('keeps the longest pause when 429s overlap', () => {
    const time = manualSyncTime();
    const bucket = new TokenBucket({ capacity: 1, refillPerSecond: 1, time });
    bucket.pauseFor(5_000);
    bucket.pauseFor(1_000);
    expect(bucket.pausedForMs()).toBe(5_000);
  });

  it('rejects nonsense settings', () => {
    const time = manualSyncTime();
    expect(() => new TokenBucket({ capacity: 0, refillPerSecond: 1, time })).toThrow(RangeError);
    expect(() => new TokenBucket({ capacity: 1, refillPerSecond: NaN, time })).toThrow(RangeError);
  });
});
