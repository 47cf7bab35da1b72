import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatLocalNoOffset,
  formatLocalWithOffset,
  instantAtLocal,
  localDate,
  parseDate,
} from './time-zone';

describe('restaurant-local time helpers', () => {
  it('formats instants in the zone, across daylight-saving changes', () => {
    const summer = Date.parse('2030-07-01T17:00:00Z');
    const winter = Date.parse('2030-01-15T18:00:00Z');
    expect(formatLocalWithOffset(summer, 'Europe/Paris')).toBe('2030-07-01T19:00:00+02:00');
    expect(formatLocalWithOffset(winter, 'Europe/Amsterdam')).toBe('2030-01-15T19:00:00+01:00');
    expect(formatLocalNoOffset(winter + 120, 'Europe/Amsterdam')).toBe('2030-01-15T19:00:00.12');
    expect(localDate(Date.parse('2030-07-01T22:30:00Z'), 'Europe/Paris')).toBe('2030-07-02');
  });

  it('finds the instant of a local wall-clock time', () => {
    expect(new Date(instantAtLocal('2030-07-01', 19 * 60, 'Europe/Paris')).toISOString()).toBe(
      '2030-07-01T17:00:00.000Z',
    );
    expect(new Date(instantAtLocal('2030-03-31', 12 * 60, 'Europe/Paris')).toISOString()).toBe(
      '2030-03-31T10:00:00.000Z',
    );
    expect(new Date(instantAtLocal('2030-10-27', 12 * 60, 'Europe/Paris')).toISOString()).toBe(
      '2030-10-27T11:00:00.000Z',
    );
  });

  it('parses only real calendar dates', () => {
    expect(parseDate('2030-02-28')).toEqual({ year: 2030, month: 2, day: 28 });
    for (const bad of [
      '2030-02-29',
      '2030-13-01',
      '30-01-01',
      '2030-1-1',
      "2030-01-01' OR 1=1",
      '',
    ]) {
      expect(parseDate(bad)).toBeNull();
    }
    expect(addDays('2030-12-31', 1)).toBe('2031-01-01');
  });
});
