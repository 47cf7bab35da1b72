import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstValueFrom, filter, take, timeout, toArray } from 'rxjs';
import { reservationsOfTableQuery } from '../domain/queries';
import { dayBounds } from '../domain/time';
import type { DeskDatabase } from './create-desk-database';
import { createReservationRepository, type ReservationRepository } from './reservation-repository';
import { InvalidDocumentError, NotFoundError } from './store-errors';
import { openTestDatabase, testDeps } from './testing/test-database';
import { reservationDraft } from './testing/fixtures';

const PARIS = 'Europe/Paris';
const at = (text: string): number => Date.parse(text);

let db: DeskDatabase;
let deps: ReturnType<typeof testDeps>;
let book: ReservationRepository;

beforeEach(async () => {
  db = await openTestDatabase();
  deps = testDeps();
  book = createReservationRepository(db.reservations, deps);
});
afterEach(async () => {
  await db.close();
});

describe('reservation repository', () => {
  it("the day's book on a 23-hour day holds exactly that local day, in time order", async () => {
    // 2026-03-29 in Paris runs from 23:00Z on the 28th to 22:00Z on the 29th.
    const times = [
      ['late-saturday', '2026-03-28T22:59:59Z'],
      ['first', '2026-03-28T23:00:00Z'],
      ['after-the-gap', '2026-03-29T01:00:00Z'],
      ['dinner-b', '2026-03-29T18:30:00Z'],
      ['dinner-a', '2026-03-29T18:30:00Z'],
      ['last', '2026-03-29T21:59:00Z'],
      ['monday', '2026-03-29T22:00:00Z'],
    ] as const;
    for (const [id, when] of [...times].reverse()) {
      await book.create(reservationDraft({ id, startsAt: at(when) }));
    }
    const day = await book.dayBook('2026-03-29', PARIS);
    expect(day.map((r) => r.id)).toEqual([
      'first',
      'after-the-gap',
      'dinner-a',
      'dinner-b',
      'last',
    ]);
    expect((await book.dayBook('2026-03-28', PARIS)).map((r) => r.id)).toEqual(['late-saturday']);
    expect((await book.dayBook('2026-03-30', PARIS)).map((r) => r.id)).toEqual(['monday']);
  });

  it("the 25-hour day keeps both 02:30s; New York's day is another slice of the same book", async () => {
    await book.create(reservationDraft({ id: 'first-0230', startsAt: at('2026-10-25T00:30:00Z') }));
    await book.create(
      reservationDraft({ id: 'second-0230', startsAt: at('2026-10-25T01:30:00Z') }),
    );
    await book.create(reservationDraft({ id: 'late', startsAt: at('2026-10-25T22:30:00Z') }));
    expect((await book.dayBook('2026-10-25', PARIS)).map((r) => r.id)).toEqual([
      'first-0230',
      'second-0230',
      'late',
    ]);
    expect((await book.dayBook('2026-10-24', 'America/New_York')).map((r) => r.id)).toEqual([
      'first-0230',
      'second-0230',
    ]);
  });

  it('a live day book follows inserts, moves and cancellations, ignoring other days', async () => {
    await book.create(reservationDraft({ id: 'a', startsAt: at('2026-03-29T18:00:00Z') }));
    const emissions = book
      .dayBook$('2026-03-29', PARIS)
      .pipe(take(4), toArray(), timeout({ first: 5000 }));
    const collected = firstValueFrom(emissions);
    const settled = firstValueFrom(
      book.dayBook$('2026-03-29', PARIS).pipe(filter((list) => list.length === 1)),
    );
    await settled;
    await book.create(reservationDraft({ id: 'other-day', startsAt: at('2026-03-30T18:00:00Z') }));
    await book.create(reservationDraft({ id: 'b', startsAt: at('2026-03-29T17:00:00Z') }));
    await book.update('a', { startsAt: at('2026-03-29T16:00:00Z') });
    await book.setStatus('b', 'cancelled');
    const lists = await collected;
    expect(lists.map((list) => list.map((r) => `${r.id}:${r.status}`))).toEqual([
      ['a:confirmed'],
      ['b:confirmed', 'a:confirmed'],
      ['a:confirmed', 'b:confirmed'],
      ['a:confirmed', 'b:cancelled'],
    ]);
  });

  it('stamps status times once and keeps createdAt, moving updatedAt forward', async () => {
    const created = await book.create(reservationDraft({ id: 'r' }));
    expect(created.createdAt).toBe(deps.clock.now().getTime());
    deps.advance(60_000);
    const arrived = await book.setStatus('r', 'arrived');
    deps.advance(60_000);
    const seated = await book.setStatus('r', 'seated');
    deps.advance(60_000);
    const completed = await book.setStatus('r', 'completed');
    expect(completed.arrivedAt).toBe(arrived.updatedAt);
    expect(completed.seatedAt).toBe(seated.updatedAt);
    expect(completed.completedAt).toBe(completed.updatedAt);
    expect(completed.createdAt).toBe(created.createdAt);
    deps.set(0); // a clock going backwards never moves updatedAt back
    const later = await book.update('r', { notes: 'birthday cake' });
    expect(later.updatedAt).toBe(completed.updatedAt);
    const cleared = await book.update('r', { notes: undefined });
    expect(cleared).not.toHaveProperty('notes');
  });

  it('refuses invalid creations and changes with the field named, leaving data untouched', async () => {
    await expect(book.create(reservationDraft({ partySize: 0 }))).rejects.toThrow(
      /reservations: the new document is not valid:[\s\S]*partySize/,
    );
    await book.create(reservationDraft({ id: 'r' }));
    const change = book.update('r', { adults: 5, children: 1 });
    await expect(change).rejects.toThrow(InvalidDocumentError);
    await expect(change).rejects.toThrow(/adults \(5\) \+ children \(1\) must equal/);
    await expect(book.update('r', { status: 'gone' as never })).rejects.toThrow(/status/);
    await expect(book.update('r', { id: 'hijack' } as never)).resolves.toMatchObject({ id: 'r' });
    await expect(book.update('missing', { partySize: 3 })).rejects.toThrow(NotFoundError);
    await expect(book.create(reservationDraft({ id: 'r' }))).rejects.toThrow(/conflict|409|exist/i);
    expect((await book.byId('r'))?.partySize).toBe(2);
    expect(await book.byId('nope')).toBeNull();
  });

  it("finds a table's reservations in a range, combined tables included", async () => {
    await book.create(reservationDraft({ id: 'solo', tableIds: ['t1'] }));
    await book.create(
      reservationDraft({
        id: 'combined',
        tableIds: ['t2', 't1'],
        startsAt: at('2026-03-29T20:00:00Z'),
      }),
    );
    await book.create(reservationDraft({ id: 'elsewhere', tableIds: ['t3'] }));
    await book.create(
      reservationDraft({ id: 'next-day', tableIds: ['t1'], startsAt: at('2026-03-30T18:00:00Z') }),
    );
    const day = dayBounds('2026-03-29', PARIS);
    const query = db.reservations.find(reservationsOfTableQuery('t1', day));
    expect((await query.exec()).map((d) => d.id)).toEqual(['solo', 'combined']);
    expect(query.getPreparedQuery().queryPlan.index).toEqual(['_deleted', 'startsAt', 'id']);
  });

  it('lists by status in a range and a guest history', async () => {
    await book.create(reservationDraft({ id: 'x', customerId: 'c1', status: 'requested' }));
    await book.create(
      reservationDraft({ id: 'y', customerId: 'c1', startsAt: at('2026-03-01T12:00:00Z') }),
    );
    await book.create(
      reservationDraft({ id: 'z', status: 'requested', startsAt: at('2026-04-01T12:00:00Z') }),
    );
    const range = { startMs: at('2026-03-29T00:00:00Z'), endMs: at('2026-03-30T00:00:00Z') };
    expect((await book.withStatus('requested', range)).map((r) => r.id)).toEqual(['x']);
    expect((await book.ofCustomer('c1')).map((r) => r.id)).toEqual(['y', 'x']);
  });
});
