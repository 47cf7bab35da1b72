import { describe, expect, it } from 'vitest';
import { formatLocalWithOffset, parseFormitableDateTime } from './formitable-time';

describe('Formitable local times', () => {
  it('formats local time with the offset of that day', () => {
    expect(formatLocalWithOffset(Date.parse('2030-07-01T17:00:00Z'), 'Europe/Amsterdam')).toBe(
      '2030-07-01T19:00:00+02:00',
    );
    expect(formatLocalWithOffset(Date.parse('2030-01-15T18:30:00Z'), 'Europe/Amsterdam')).toBe(
      '2030-01-15T19:30:00+01:00',
    );
    expect(formatLocalWithOffset(Date.parse('2030-01-15T14:00:00Z'), 'Asia/Kolkata')).toBe(
      '2030-01-15T19:30:00+05:30',
    );
    expect(formatLocalWithOffset(Date.parse('2030-01-15T23:00:00Z'), 'America/St_Johns')).toBe(
      '2030-01-15T19:30:00-03:30',
    );
  });

  it('parses with an offset as given, and without one in the restaurant zone', () => {
    const zone = 'Europe/Amsterdam';
    expect(parseFormitableDateTime('2030-07-01T19:00:00+02:00', zone)).toBe(
      Date.parse('2030-07-01T17:00:00Z'),
    );
    expect(parseFormitableDateTime('2030-07-01T19:00:00Z', zone)).toBe(
      Date.parse('2030-07-01T19:00:00Z'),
    );
    expect(parseFormitableDateTime('2030-07-01T14:03:22.5', zone)).toBe(
      Date.parse('2030-07-01T12:03:22.500Z'),
    );
    expect(parseFormitableDateTime('2030-01-01T00:00', zone)).toBe(
      Date.parse('2029-12-31T23:00:00Z'),
    );
  });

  it('reads a wall time skipped by the spring change forward, and refuses nonsense', () => {
    // 2030-03-31 02:30 does not exist in Amsterdam: it is read as 03:30 CEST.
    expect(parseFormitableDateTime('2030-03-31T02:30', 'Europe/Amsterdam')).toBe(
      Date.parse('2030-03-31T01:30:00Z'),
    );
    expect(parseFormitableDateTime('2030-02-30T19:00', 'Europe/Amsterdam')).toBeUndefined();
    expect(parseFormitableDateTime('tomorrow', 'Europe/Amsterdam')).toBeUndefined();
    expect(
      parseFormitableDateTime('2030-13-01T19:00:00+02:00', 'Europe/Amsterdam'),
    ).toBeUndefined();
  });
});
