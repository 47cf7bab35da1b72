import { describe, expect, it } from 'vitest';
import { StoredError } from '../../../shared/domain/primitives';
import {
  AuthenticationError,
  CircuitOpenError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  SlotUnavailableError,
  UnexpectedResponseError,
  UnsupportedOperationError,
  ValidationError,
  isPlatformError,
  type PlatformError,
} from './platform-errors';

const ctx = { platform: 'thefork', platformName: 'TheFork', operation: 'GET /x' };

describe('platform errors', () => {
  const all: PlatformError[] = [
    new AuthenticationError(ctx, 'the token was refused'),
    new RateLimitedError(ctx, 12_300),
    new SlotUnavailableError(ctx, 'that time is full'),
    new ValidationError(ctx, 'partySize is too large', ['partySize: too large']),
    new NotFoundError(ctx, 'this reservation'),
    new NetworkError(ctx, 'timeout', true, 10_000),
    new ServerError({ ...ctx, status: 503 }, false),
    new UnexpectedResponseError(ctx, 'mealDate is missing'),
    new CircuitOpenError(ctx, 30_000),
    new UnsupportedOperationError(ctx, 'seating guests'),
  ];

  it('each says what happened and what to do, and stores as a StoredError', () => {
    for (const error of all) {
      expect(isPlatformError(error)).toBe(true);
      expect(error.message).toMatch(/TheFork/);
      expect(error.message).toMatch(/\.$/);
      // What happened, then what to do.
      expect(error.message.split(/[.;:] /).length).toBeGreaterThanOrEqual(2);
      expect(StoredError.parse(error.toStoredError(5))).toMatchObject({ code: error.code, at: 5 });
    }
    expect(all.map((e) => e.retryable)).toEqual([
      false,
      true,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('writes the facts people need into the sentence', () => {
    expect(all[1]?.message).toContain('13 s');
    expect(all[5]?.message).toMatch(/no answer within 10 s.*may or may not have reached TheFork/);
    expect(all[6]?.message).toContain('HTTP 503');
    expect(all[6]?.message).not.toContain('may or may not');
    expect(all[8]?.message).toContain('30 s');
  });
});
