import { describe, expect, it } from 'vitest';
import { instantOf, localDateOf, localTimeOf, offsetMsAt } from './zoned-time';
import { addDays, isoWeekday } from './local-date';

const at = (text: string): number => Date.parse(text);

describe('instantOf', () => {
  it('reads a local time in the zone, whatever the offset', () => {
    expect(instantOf('2026-07-14', '20:00', 'Europe/Paris')).toBe(at('2026-07-14T18:00:00Z'));
    expect(instantOf('2026-01-14', '20:00', 'Europe/Paris')).toBe(at('2026-01-14T19:00:00Z'));
    expect(instantOf('2026-06-01', '12:15', 'Asia/Kolkata')).toBe(at('2026-06-01T06:45:00Z'));
    expect(instantOf('2026-06-01', '12:00', 'Pacific/Chatham')).toBe(at('2026-05-31T23:15:00Z'));
  });

  it('a time the clocks skip: compatible/later move forward, earlier moves back, reject throws', () => {
    expect(instantOf('2026-03-29', '02:30', 'Europe/Paris')).toBe(at('2026-03-29T01:30:00Z'));
    expect(instantOf('2026-03-29', '02:30', 'Europe/Paris', 'later')).toBe(
      at('2026-03-29T01:30:00Z'),
    );
    expect(instantOf('2026-03-29', '02:30', 'Europe/Paris', 'earlier')).toBe(
      at('2026-03-29T00:30:00Z'),
    );
    expect(() => instantOf('2026-03-29', '02:30', 'Europe/Paris', 'reject')).toThrow(
      /does not exist/,
    );
    expect(instantOf('2026-10-04', '02:10', 'Australia/Lord_Howe')).toBe(
      at('2026-10-03T15:40:00Z'),
    );
  });

  it('a time that happens twice: compatible/earlier take the first, later the second', () => {
    expect(instantOf('2026-10-25', '02:30', 'Europe/Paris')).toBe(at('2026-10-25T00:30:00Z'));
    expect(instantOf('2026-10-25', '02:30', 'Europe/Paris', 'later')).toBe(
      at('2026-10-25T01:30:00Z'),
    );
    expect(() => instantOf('2026-10-25', '02:30', 'Europe/Paris', 'reject')).toThrow(/twice/);
    expect(
      instantOf('2026-04-05', '01:45', 'Australia/Lord_Howe', 'later') -
        instantOf('2026-04-05', '01:45', 'Australia/Lord_Howe', 'earlier'),
    ).toBe(30 * 60_000);
  });

  it('round-trips with localDateOf/localTimeOf', () => {
    const instant = instantOf('2026-12-31', '23:59', 'America/New_York');
    expect(localDateOf(instant, 'America/New_York')).toBe('2026-12-31');
    expect(localTimeOf(instant, 'America/New_York')).toBe('23:59');
    expect(localDateOf(instant, 'Europe/Paris')).toBe('2027-01-01');
  });

  it('offsets, including half and quarter hours', () => {
    expect(offsetMsAt(at('2026-06-01T00:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
    expect(offsetMsAt(at('2026-06-01T00:00:00Z'), 'Asia/Kathmandu')).toBe(5.75 * 3_600_000);
    expect(offsetMsAt(at('2026-01-15T00:00:00Z'), 'America/New_York')).toBe(-5 * 3_600_000);
  });

  it('refuses hostile input', () => {
    expect(() => instantOf('2026-03-29', '24:00', 'Europe/Paris')).toThrow(/not a wall-clock time/);
    expect(() => instantOf('2026-03-29', '7:30', 'Europe/Paris')).toThrow(/not a wall-clock time/);
    expect(() => instantOf('2026-03-29', '07:30', 'Not/AZone')).toThrow(/not an IANA time zone/);
    expect(() => localDateOf(Number.NaN, 'UTC')).toThrow(/not an instant/);
    expect(() => localDateOf(1e300, 'UTC')).toThrow(/not an instant/);
  });
});

describe('local dates', () => {
  it('add days across months, years and leap days; ISO weekdays', () => {
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeekday('2026-03-30')).toBe(1);
    expect(() => addDays('2026-03-29', 0.5)).toThrow(/integer/);
  });
});
