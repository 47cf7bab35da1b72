import { describe, expect, it } from 'vitest';
import { serviceSlots, serviceWindow, servesOn } from './service-window';

const dinner = {
  startTime: '19:00',
  endTime: '23:30',
  lastSeatingTime: '22:00',
  slotIntervalMinutes: 30,
  weekdays: [2, 3, 4, 5, 6],
};
const iso = (ms: number): string => new Date(ms).toISOString();

describe('service windows', () => {
  it('turns local service times into instants in the restaurant zone', () => {
    const w = serviceWindow('2026-07-14', dinner, 'Europe/Paris');
    expect(iso(w.startMs)).toBe('2026-07-14T17:00:00.000Z');
    expect(iso(w.endMs)).toBe('2026-07-14T21:30:00.000Z');
    expect(iso(w.lastSeatingMs)).toBe('2026-07-14T20:00:00.000Z');
    expect(serviceSlots('2026-07-14', dinner, 'Europe/Paris').map((s) => s.time)).toEqual([
      '19:00',
      '19:30',
      '20:00',
      '20:30',
      '21:00',
      '21:30',
      '22:00',
    ]);
  });

  it('a service ending after midnight ends on the next date, across a DST change', () => {
    const late = { ...dinner, startTime: '20:00', endTime: '03:00', lastSeatingTime: '01:00' };
    const w = serviceWindow('2026-10-24', late, 'Europe/Paris');
    expect(iso(w.startMs)).toBe('2026-10-24T18:00:00.000Z');
    expect(iso(w.lastSeatingMs)).toBe('2026-10-24T23:00:00.000Z');
    // 03:00 CET on the 25th: the night is one hour longer than the wall clock says.
    expect(iso(w.endMs)).toBe('2026-10-25T02:00:00.000Z');
    expect((w.endMs - w.startMs) / 3_600_000).toBe(8);
  });

  it('slots: a skipped wall time is no slot, a repeated one is offered once', () => {
    const night = { ...dinner, startTime: '01:00', endTime: '04:00', lastSeatingTime: '03:30' };
    const spring = serviceSlots('2026-03-29', night, 'Europe/Paris');
    expect(spring.map((s) => s.time)).toEqual(['01:00', '01:30', '03:00', '03:30']);
    const autumn = serviceSlots('2026-10-25', night, 'Europe/Paris');
    expect(autumn.map((s) => s.time)).toEqual([
      '01:00',
      '01:30',
      '02:00',
      '02:30',
      '03:00',
      '03:30',
    ]);
    const instants = autumn.map((s) => s.atMs);
    expect([...instants].sort((a, b) => a - b)).toEqual(instants);
  });

  it('weekdays and inconsistent hours', () => {
    expect(servesOn(dinner, '2026-07-14')).toBe(true); // a Tuesday
    expect(servesOn(dinner, '2026-07-13')).toBe(false); // a Monday
    expect(() =>
      serviceWindow('2026-07-14', { ...dinner, lastSeatingTime: '23:45' }, 'Europe/Paris'),
    ).toThrow(/last seating 23:45 is after the end 23:30/);
    expect(() =>
      serviceWindow('2026-07-14', { ...dinner, startTime: '7pm' }, 'Europe/Paris'),
    ).toThrow(/not a wall-clock time/);
  });
});
