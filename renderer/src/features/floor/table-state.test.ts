import { describe, expect, it } from 'vitest';
import {
  deriveTableState,
  deriveTableStates,
  unassignedReservations,
  type TableReservation,
} from './table-state';

const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 20, 19, 0);
const table = { id: 't1', blocked: false };

function booking(over: Partial<TableReservation> = {}): TableReservation {
  return {
    id: 'r1',
    guestName: 'Dupont',
    partySize: 4,
    startsAt: NOW + 60 * MIN,
    durationMinutes: 90,
    status: 'confirmed',
    tableIds: ['t1'],
    source: 'phone',
    ...over,
  };
}

describe('deriveTableState', () => {
  it('is free with no reservation, and free with a later one named as next', () => {
    expect(deriveTableState(table, [], NOW)).toEqual({ kind: 'free' });
    const later = booking();
    expect(deriveTableState(table, [later], NOW)).toMatchObject({
      kind: 'free',
      next: later,
      nextInMinutes: 60,
    });
  });

  it('is reserved soon within the window, inclusive of its edge', () => {
    expect(deriveTableState(table, [booking({ startsAt: NOW + 30 * MIN })], NOW).kind).toBe('soon');
    expect(deriveTableState(table, [booking({ startsAt: NOW + 31 * MIN })], NOW).kind).toBe('free');
    expect(
      deriveTableState(table, [booking({ startsAt: NOW + 45 * MIN })], NOW, { soonMinutes: 60 })
        .kind,
    ).toBe('soon');
  });

  it('keeps a late party as reserved, with a negative countdown, until its booking ends', () => {
    const late = booking({ startsAt: NOW - 10 * MIN });
    expect(deriveTableState(table, [late], NOW)).toMatchObject({
      kind: 'soon',
      nextInMinutes: -10,
    });
    const gone = booking({ startsAt: NOW - 91 * MIN });
    expect(deriveTableState(table, [gone], NOW).kind).toBe('free');
  });

  it('ignores finished reservations and other tables', () => {
    for (const status of ['completed', 'cancelled', 'no_show'] as const) {
      expect(deriveTableState(table, [booking({ status, startsAt: NOW + MIN })], NOW).kind).toBe(
        'free',
      );
    }
    expect(deriveTableState(table, [booking({ tableIds: ['t2'], startsAt: NOW })], NOW).kind).toBe(
      'free',
    );
  });

  it('counts seated minutes from seatedAt, falling back to the start', () => {
    const seated = booking({
      status: 'seated',
      startsAt: NOW - 50 * MIN,
      seatedAt: NOW - 42 * MIN,
    });
    expect(deriveTableState(table, [seated], NOW)).toMatchObject({
      kind: 'seated',
      seated,
      elapsedMinutes: 42,
    });
    const noStamp = booking({ status: 'seated', startsAt: NOW - 20 * MIN });
    expect(deriveTableState(table, [noStamp], NOW)).toMatchObject({ elapsedMinutes: 20 });
  });

  it('is over time once seated longer than the booked duration, not at exactly the duration', () => {
    const at = (seatedMinutesAgo: number) =>
      booking({
        status: 'seated',
        startsAt: NOW - 200 * MIN,
        seatedAt: NOW - seatedMinutesAgo * MIN,
      });
    expect(deriveTableState(table, [at(90)], NOW).kind).toBe('seated');
    expect(deriveTableState(table, [at(102)], NOW)).toMatchObject({
      kind: 'over',
      overMinutes: 12,
    });
  });

  it('shows the next party on a seated table (the squeeze the host must see)', () => {
    const seated = booking({
      id: 'a',
      status: 'seated',
      startsAt: NOW - 60 * MIN,
      seatedAt: NOW - 60 * MIN,
    });
    const next = booking({ id: 'b', startsAt: NOW + 20 * MIN });
    expect(deriveTableState(table, [next, seated], NOW)).toMatchObject({
      kind: 'seated',
      next: { id: 'b' },
      nextInMinutes: 20,
    });
  });

  it('is blocked with its reason, but a party already seated wins', () => {
    const blocked = { id: 't1', blocked: true, blockedReason: 'Wobbly leg' };
    expect(deriveTableState(blocked, [], NOW)).toEqual({
      kind: 'blocked',
      blockedReason: 'Wobbly leg',
    });
    const seated = booking({ status: 'seated', startsAt: NOW - 5 * MIN, seatedAt: NOW - 5 * MIN });
    expect(deriveTableState(blocked, [seated], NOW).kind).toBe('seated');
  });

  it('treats a combined reservation as seated on every table it holds', () => {
    const combined = booking({
      status: 'seated',
      tableIds: ['t1', 't2'],
      startsAt: NOW,
      seatedAt: NOW,
    });
    const states = deriveTableStates(
      [table, { id: 't2', blocked: false }, { id: 't3', blocked: false }],
      [combined],
      NOW + 5 * MIN,
    );
    expect(states.get('t1')?.kind).toBe('seated');
    expect(states.get('t2')?.kind).toBe('seated');
    expect(states.get('t3')?.kind).toBe('free');
  });

  it('never reports negative elapsed time when the clock is behind seatedAt', () => {
    const future = booking({ status: 'seated', startsAt: NOW, seatedAt: NOW + 5 * MIN });
    expect(deriveTableState(table, [future], NOW)).toMatchObject({ elapsedMinutes: 0 });
  });
});

describe('unassignedReservations', () => {
  it('lists live reservations without a table whose booking has not ended', () => {
    const list = [
      booking({ id: 'a', tableIds: [] }),
      booking({ id: 'b' }),
      booking({ id: 'c', tableIds: [], status: 'cancelled' }),
      booking({ id: 'd', tableIds: [], startsAt: NOW - 100 * MIN }),
    ];
    expect(unassignedReservations(list, NOW).map((r) => r.id)).toEqual(['a']);
  });
});
