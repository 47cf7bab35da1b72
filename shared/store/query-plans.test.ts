import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MangoQuery, RxCollection } from 'rxdb';
import {
  customerReservationsQuery,
  customerSearchQuery,
  dayBookQuery,
  dueRetriesQuery,
  mappingsOfEntityQuery,
  mappingsOfExternalIdQuery,
  openConflictsOfEntityQuery,
  openConflictsQuery,
  reservationsChangedSinceQuery,
  reservationsWithStatusQuery,
  roomsQuery,
  servicesQuery,
  syncLogQuery,
  tablesOfRoomQuery,
} from '../domain/queries';
import type { DeskDatabase } from './create-desk-database';
import { openTestDatabase } from './testing/test-database';

/**
 * The indexes are chosen for the queries the screens and the sync engine make: each query here
 * must be planned on its index (RxDB prefixes `_deleted` and appends the primary key).
 */

let db: DeskDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

function planOf<T>(collection: RxCollection<T>, query: MangoQuery<T> | null) {
  if (query === null) throw new Error('no query');
  return collection.find(query).getPreparedQuery().queryPlan;
}

const range = { startMs: 1_000, endMs: 2_000 };

describe('query plans', () => {
  it('book: the day, a status, a guest, recent changes', () => {
    const day = planOf(db.reservations, dayBookQuery('2026-03-29', 'Europe/Paris'));
    expect(day.index).toEqual(['_deleted', 'startsAt', 'id']);
    expect(day).toMatchObject({ sortSatisfiedByIndex: true, selectorSatisfiedByIndex: true });
    const status = planOf(db.reservations, reservationsWithStatusQuery('seated', range));
    expect(status.index).toEqual(['_deleted', 'status', 'startsAt', 'id']);
    expect(status).toMatchObject({ sortSatisfiedByIndex: true, selectorSatisfiedByIndex: true });
    expect(planOf(db.reservations, customerReservationsQuery('c1')).index).toEqual([
      '_deleted',
      'customerId',
      'startsAt',
      'id',
    ]);
    expect(planOf(db.reservations, reservationsChangedSinceQuery(5, 100)).index).toEqual([
      '_deleted',
      'updatedAt',
      'id',
    ]);
  });

  it('customers: search walks the name index in order, phone search too', () => {
    const byName = planOf(db.customers, customerSearchQuery('dupont', 20));
    expect(byName.index).toEqual(['_deleted', 'nameKey', 'id']);
    expect(byName.sortSatisfiedByIndex).toBe(true);
    expect(planOf(db.customers, customerSearchQuery('06 12', 20)).index).toEqual([
      '_deleted',
      'nameKey',
      'id',
    ]);
    expect(planOf(db.customers, { selector: { email: 'a@b.fr' } }).index).toEqual([
      '_deleted',
      'email',
      'id',
    ]);
  });

  it('floor: rooms in order, tables of a room, services', () => {
    expect(planOf(db.dining_rooms, roomsQuery()).index).toEqual(['_deleted', 'position', 'id']);
    expect(planOf(db.dining_tables, tablesOfRoomQuery('room1'))).toMatchObject({
      index: ['_deleted', 'diningRoomId', 'label', 'id'],
      sortSatisfiedByIndex: true,
      selectorSatisfiedByIndex: true,
    });
    expect(planOf(db.dining_services, servicesQuery()).index).toEqual([
      '_deleted',
      'position',
      'id',
    ]);
  });

  it('sync: mappings both ways, the log, due retries, the inbox', () => {
    expect(planOf(db.external_mappings, mappingsOfEntityQuery('reservation', 'r1')).index).toEqual([
      '_deleted',
      'entityType',
      'entityId',
      'platform',
      'id',
    ]);
    expect(planOf(db.external_mappings, mappingsOfExternalIdQuery('thefork', 'x')).index).toEqual([
      '_deleted',
      'platform',
      'externalId',
      'id',
    ]);
    expect(planOf(db.sync_logs, syncLogQuery({ sinceMs: 0, limit: 50 })).index).toEqual([
      '_deleted',
      'at',
      'id',
    ]);
    expect(
      planOf(db.sync_logs, syncLogQuery({ sinceMs: 0, platform: 'thefork', limit: 50 })).index,
    ).toEqual(['_deleted', 'platform', 'at', 'id']);
    expect(
      planOf(db.sync_logs, syncLogQuery({ sinceMs: 0, status: 'failed', limit: 50 })).index,
    ).toEqual(['_deleted', 'status', 'at', 'id']);
    expect(planOf(db.sync_logs, dueRetriesQuery(10, 20))).toMatchObject({
      index: ['_deleted', 'status', 'nextRetryAt', 'id'],
      sortSatisfiedByIndex: true,
      selectorSatisfiedByIndex: true,
    });
    expect(planOf(db.conflicts, openConflictsQuery()).index).toEqual([
      '_deleted',
      'status',
      'createdAt',
      'id',
    ]);
    expect(planOf(db.conflicts, openConflictsOfEntityQuery('reservation', 'r1')).index).toEqual([
      '_deleted',
      'entityType',
      'entityId',
      'status',
      'id',
    ]);
  });
});
