import { describe, expect, it } from 'vitest';
import { servicesOfDay } from './book-day';
import { overbookWarning, servicePacing, slotIndexOf } from './pacing';
import { booking, service } from './book-test-fixtures';

const at = (text: string) => Date.parse(text);
const [dinner] = servicesOfDay([service({ maxCovers: 10 })], '2026-07-14', 'Europe/Paris').services;
if (!dinner) throw new Error('fixture');
const day = [dinner];

describe('pacing', () => {
  it('counts covers per slot and for the service, without cancelled and no-shows', () => {
    const book = [
      booking({ id: 'a', startsAt: at('2026-07-14T17:00:00Z'), partySize: 2 }),
      booking({ id: 'b', startsAt: at('2026-07-14T17:15:00Z'), partySize: 3 }),
      booking({ id: 'c', startsAt: at('2026-07-14T18:00:00Z'), partySize: 4 }),
      booking({ id: 'd', startsAt: at('2026-07-14T18:00:00Z'), partySize: 6, status: 'cancelled' }),
      booking({ id: 'e', startsAt: at('2026-07-14T18:00:00Z'), partySize: 6, status: 'no_show' }),
    ];
    const p = servicePacing(dinner, book, day);
    expect(p.covers).toBe(9);
    expect(p.maxCovers).toBe(10);
    expect(p.over).toBe(false);
    expect(p.slots.map((s) => [s.time, s.covers, s.bookings])).toEqual([
      ['19:00', 5, 2],
      ['19:30', 0, 0],
      ['20:00', 4, 1],
      ['20:30', 0, 0],
      ['21:00', 0, 0],
      ['21:30', 0, 0],
    ]);
  });

  it('is over when the total passes the limit; no limit when maxCovers is 0', () => {
    const book = [booking({ id: 'a', startsAt: at('2026-07-14T17:00:00Z'), partySize: 11 })];
    expect(servicePacing(dinner, book, day).over).toBe(true);
    const open = { ...dinner, service: { ...dinner.service, maxCovers: 0 } };
    const p = servicePacing(open, book, [open]);
    expect(p.maxCovers).toBeNull();
    expect(p.over).toBe(false);
  });

  it('slotIndexOf: before the first slot counts in the first, after the last in the last', () => {
    const slots = [{ atMs: 100 }, { atMs: 200 }, { atMs: 300 }];
    expect(slotIndexOf(slots, 50)).toBe(0);
    expect(slotIndexOf(slots, 200)).toBe(1);
    expect(slotIndexOf(slots, 299)).toBe(1);
    expect(slotIndexOf(slots, 9_999)).toBe(2);
  });
});

describe('overbook warning', () => {
  const book = [booking({ id: 'a', startsAt: at('2026-07-14T17:00:00Z'), partySize: 8 })];

  it('warns when a new booking would pass the limit, with the numbers', () => {
    const start = at('2026-07-14T18:00:00Z');
    expect(overbookWarning({ partySize: 2, startsAt: start }, book, day)).toBeNull();
    expect(overbookWarning({ partySize: 3, startsAt: start }, book, day)).toEqual({
      serviceName: 'Dinner',
      after: 11,
      max: 10,
    });
  });

  it('an edit does not count the edited booking twice', () => {
    expect(
      overbookWarning({ id: 'a', partySize: 10, startsAt: at('2026-07-14T17:30:00Z') }, book, day),
    ).toBeNull();
    expect(
      overbookWarning({ id: 'a', partySize: 11, startsAt: at('2026-07-14T17:30:00Z') }, book, day),
    ).toMatchObject({ after: 11 });
  });

  it('no warning outside every service or without a limit', () => {
    expect(
      overbookWarning({ partySize: 50, startsAt: at('2026-07-14T08:00:00Z') }, book, day),
    ).toBeNull();
  });
});
