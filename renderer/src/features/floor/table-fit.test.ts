import { describe, expect, it } from 'vitest';
import { checkFit, findCombination, fitOnTable, isCombinable, type FitTable } from './table-fit';
import type { TableReservation } from './table-state';

const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 20, 19, 0);

function table(id: string, seatsMax: number, over: Partial<FitTable> = {}): FitTable {
  return { id, label: id, seatsMin: 1, seatsMax, blocked: false, combinableWith: [], ...over };
}

const party = { id: 'p', partySize: 4, startsAt: NOW + 60 * MIN, durationMinutes: 90 };

function booking(over: Partial<TableReservation>): TableReservation {
  return {
    id: 'other',
    guestName: 'Martin',
    partySize: 2,
    startsAt: NOW + 60 * MIN,
    durationMinutes: 90,
    status: 'confirmed',
    tableIds: ['a'],
    source: 'phone',
    ...over,
  };
}

describe('checkFit', () => {
  it('accepts a party within the seats', () => {
    expect(checkFit(party, [table('a', 4)], [], NOW)).toEqual({ ok: true, tableIds: ['a'] });
  });

  it('refuses too big and too small parties with the seats to say', () => {
    expect(checkFit(party, [table('a', 2)], [], NOW)).toEqual({
      ok: false,
      refusal: { reason: 'too_big', seats: 2 },
    });
    expect(checkFit(party, [table('a', 8, { seatsMin: 6 })], [], NOW)).toEqual({
      ok: false,
      refusal: { reason: 'too_small', seats: 6 },
    });
  });

  it('refuses a blocked table before anything else', () => {
    const result = checkFit(
      { ...party, partySize: 40 },
      [table('a', 2, { blocked: true })],
      [],
      NOW,
    );
    expect(result).toMatchObject({ ok: false, refusal: { reason: 'blocked' } });
  });

  it('refuses a table taken at an overlapping time, and accepts back-to-back bookings', () => {
    const overlapping = booking({ startsAt: NOW + 120 * MIN });
    expect(checkFit(party, [table('a', 4)], [overlapping], NOW)).toMatchObject({
      ok: false,
      refusal: { reason: 'taken', by: { id: 'other' } },
    });
    const after = booking({ startsAt: NOW + 150 * MIN });
    const before = booking({ startsAt: NOW - 30 * MIN });
    expect(checkFit(party, [table('a', 4)], [after, before], NOW).ok).toBe(true);
  });

  it('ignores the party itself and finished reservations when looking for clashes', () => {
    const self = booking({ id: 'p' });
    const done = booking({ status: 'completed' });
    expect(checkFit(party, [table('a', 4)], [self, done], NOW).ok).toBe(true);
  });

  it('keeps a seated party holding the table past its booked end', () => {
    const lingering = booking({ status: 'seated', startsAt: NOW - 150 * MIN });
    const seatNow = { ...party, startsAt: NOW };
    expect(checkFit(seatNow, [table('a', 4)], [lingering], NOW)).toMatchObject({
      ok: false,
      refusal: { reason: 'taken' },
    });
  });

  it('adds seats of combined tables only when they are linked', () => {
    const a = table('a', 2, { combinableWith: ['b'] });
    const b = table('b', 2);
    const c = table('c', 2);
    expect(checkFit(party, [a, b], [], NOW)).toEqual({ ok: true, tableIds: ['a', 'b'] });
    expect(checkFit(party, [a, c], [], NOW)).toMatchObject({
      ok: false,
      refusal: { reason: 'not_combinable', table: { id: 'c' } },
    });
  });
});

describe('isCombinable', () => {
  it('follows links in either direction and through a chain', () => {
    const a = table('a', 2, { combinableWith: ['b'] });
    const b = table('b', 2);
    const c = table('c', 2, { combinableWith: ['b'] });
    expect(isCombinable([a, b, c])).toBe(true);
    expect(isCombinable([a, c])).toBe(false);
    expect(isCombinable([])).toBe(false);
  });
});

describe('findCombination and fitOnTable', () => {
  const a = table('a', 2, { combinableWith: ['b', 'c'] });
  const b = table('b', 2, { combinableWith: ['a'] });
  const c = table('c', 4, { combinableWith: ['a'] });
  const d = table('d', 6);

  it('offers the smallest combination including the target when the party is too big', () => {
    expect(findCombination(party, a, [a, b, c, d], [], NOW)).toEqual(['a', 'b']);
    const six = { ...party, partySize: 6 };
    expect(findCombination(six, a, [a, b, c, d], [], NOW)).toEqual(['a', 'c']);
    const eight = { ...party, partySize: 8 };
    expect(findCombination(eight, a, [a, b, c, d], [], NOW)).toEqual(['a', 'b', 'c']);
  });

  it('skips neighbours that are blocked or taken, and says none when nothing fits', () => {
    const blockedB = { ...b, blocked: true };
    expect(findCombination(party, a, [a, blockedB, c, d], [], NOW)).toEqual(['a', 'c']);
    const onC = booking({ tableIds: ['c'] });
    expect(findCombination(party, a, [a, blockedB, c, d], [onC], NOW)).toBeUndefined();
    expect(findCombination({ ...party, partySize: 20 }, a, [a, b, c, d], [], NOW)).toBeUndefined();
  });

  it('returns the refusal with the combination attached, or the plain fit', () => {
    expect(fitOnTable(party, a, [a, b, c, d], [], NOW)).toEqual({
      ok: false,
      refusal: { reason: 'too_big', seats: 2 },
      combination: ['a', 'b'],
    });
    expect(fitOnTable(party, d, [a, b, c, d], [], NOW)).toEqual({ ok: true, tableIds: ['d'] });
    expect(fitOnTable(party, table('x', 2), [table('x', 2)], [], NOW)).toEqual({
      ok: false,
      refusal: { reason: 'too_big', seats: 2 },
    });
  });
});
