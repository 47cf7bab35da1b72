import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayBounds } from './day-bounds';
import { addDays } from './local-date';
import { localDateOf, localTimeOf } from './zoned-time';

const HOUR = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();

function hoursOf(date: string, zone: string): number {
  const { startMs, endMs } = dayBounds(date, zone);
  return (endMs - startMs) / HOUR;
}

describe('dayBounds', () => {
  it('Europe/Paris: 23 h on the spring-forward day, 25 h on the fall-back day', () => {
    expect(dayBounds('2026-03-29', 'Europe/Paris')).toEqual({
      startMs: Date.parse('2026-03-28T23:00:00Z'),
      endMs: Date.parse('2026-03-29T22:00:00Z'),
    });
    expect(hoursOf('2026-03-29', 'Europe/Paris')).toBe(23);
    expect(dayBounds('2026-10-25', 'Europe/Paris')).toEqual({
      startMs: Date.parse('2026-10-24T22:00:00Z'),
      endMs: Date.parse('2026-10-25T23:00:00Z'),
    });
    expect(hoursOf('2026-10-25', 'Europe/Paris')).toBe(25);
    expect(hoursOf('2026-03-28', 'Europe/Paris')).toBe(24);
    expect(hoursOf('2026-03-30', 'Europe/Paris')).toBe(24);
  });

  it('America/New_York: its own DST dates (8 March and 1 November 2026)', () => {
    expect(iso(dayBounds('2026-03-08', 'America/New_York').startMs)).toBe(
      '2026-03-08T05:00:00.000Z',
    );
    expect(hoursOf('2026-03-08', 'America/New_York')).toBe(23);
    expect(iso(dayBounds('2026-11-01', 'America/New_York').endMs)).toBe('2026-11-02T05:00:00.000Z');
    expect(hoursOf('2026-11-01', 'America/New_York')).toBe(25);
    // Paris has already changed on 29 March; New York's day is 24 h.
    expect(hoursOf('2026-03-29', 'America/New_York')).toBe(24);
  });

  it('non-hour offsets: Asia/Kolkata (+05:30), Australia/Lord_Howe (30-minute DST)', () => {
    expect(dayBounds('2026-06-01', 'Asia/Kolkata')).toEqual({
      startMs: Date.parse('2026-05-31T18:30:00Z'),
      endMs: Date.parse('2026-06-01T18:30:00Z'),
    });
    expect(hoursOf('2026-04-05', 'Australia/Lord_Howe')).toBe(24.5);
    expect(hoursOf('2026-10-04', 'Australia/Lord_Howe')).toBe(23.5);
    expect(iso(dayBounds('2026-10-04', 'Australia/Lord_Howe').startMs)).toBe(
      '2026-10-03T13:30:00.000Z',
    );
  });

  it('a day whose midnight is skipped starts at its first instant (America/Santiago)', () => {
    const { startMs } = dayBounds('2026-09-06', 'America/Santiago');
    expect(localDateOf(startMs, 'America/Santiago')).toBe('2026-09-06');
    expect(localTimeOf(startMs, 'America/Santiago')).toBe('01:00');
    expect(localDateOf(startMs - 1, 'America/Santiago')).toBe('2026-09-05');
  });

  it('days tile time: each ends where the next starts, and every instant inside is that date', () => {
    const zones = fc.constantFrom(
      'Europe/Paris',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'America/Santiago',
      'Pacific/Chatham',
      'UTC',
    );
    const dates = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2040-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        zones,
        dates,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (zone, date, t) => {
          const day = dayBounds(date, zone);
          expect(dayBounds(addDays(date, 1), zone).startMs).toBe(day.endMs);
          const hours = (day.endMs - day.startMs) / HOUR;
          expect(hours).toBeGreaterThanOrEqual(23);
          expect(hours).toBeLessThanOrEqual(25);
          const inside = day.startMs + Math.floor(t * (day.endMs - day.startMs));
          expect(localDateOf(inside, zone)).toBe(date);
          expect(localDateOf(day.startMs - 1, zone)).toBe(addDays(date, -1));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses malformed dates and unknown zones with a clear message', () => {
    expect(() => dayBounds('2026-02-30', 'Europe/Paris')).toThrow(/not a calendar date/);
    expect(() => dayBounds('29/03/2026', 'Europe/Paris')).toThrow(/not a calendar date/);
    expect(() => dayBounds('2026-03-29T00:00', 'Europe/Paris')).toThrow(/not a calendar date/);
    expect(() => dayBounds('0999-01-01', 'UTC')).toThrow(/before 1000/);
    expect(() => dayBounds('2026-03-29', 'Europe/Atlantis')).toThrow(/not an IANA time zone/);
    expect(() => dayBounds('2026-03-29', '')).toThrow(/not an IANA time zone/);
  });
});
