import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from './retry-after';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const headers = (values: Record<string, string>) => new Headers(values);

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter(headers({ 'retry-after': '7' }), NOW)).toBe(7_000);
    expect(parseRetryAfter(headers({ 'retry-after': ' 0 ' }), NOW)).toBe(0);
  });

  it('reads an HTTP date, never negative', () => {
    expect(parseRetryAfter(headers({ 'retry-after': 'Sun, 01 Mar 2026 12:00:30 GMT' }), NOW)).toBe(
      30_000,
    );
    expect(parseRetryAfter(headers({ 'retry-after': 'Sun, 01 Mar 2026 11:00:00 GMT' }), NOW)).toBe(
      0,
    );
  });

  it('falls back to RateLimit-Reset and ignores garbage', () => {
    expect(parseRetryAfter(headers({ 'ratelimit-reset': '12' }), NOW)).toBe(12_000);
    expect(parseRetryAfter(headers({ 'retry-after': 'soon', 'ratelimit-reset': '3' }), NOW)).toBe(
      3_000,
    );
    expect(parseRetryAfter(headers({ 'retry-after': '-5' }), NOW)).toBeUndefined();
    expect(parseRetryAfter(headers({ 'retry-after': '2026-03-01' }), NOW)).toBeUndefined();
    expect(parseRetryAfter(headers({}), NOW)).toBeUndefined();
  });

  it('caps absurd values at a day', () => {
    expect(parseRetryAfter(headers({ 'retry-after': '999999999' }), NOW)).toBe(86_400_000);
  });
});

describe('backoffDelay', () => {
  const policy = { baseMs: 100, capMs: 1_000 };
  it('grows exponentially under a cap, with full jitter', () => {
    expect(backoffDelay(0, policy, () => 0.999)).toBe(99);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(200);
    expect(backoffDelay(10, policy, () => 0.5)).toBe(500);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });
});
