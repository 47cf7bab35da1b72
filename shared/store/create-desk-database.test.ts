import { afterEach, describe, expect, it } from 'vitest';
import { deskCollectionDefinitions } from '../domain/desk-collections';
import { normalizeCustomer } from '../domain/customer';
import { createDeskDatabase, DeskDatabaseError, type DeskDatabase } from './create-desk-database';
import { devStorage, enableDevMode, openTestDatabase, uniqueName } from './testing/test-database';

const T = Date.parse('2026-03-29T10:00:00Z');
let db: DeskDatabase | undefined;

afterEach(async () => {
  await db?.close();
  db = undefined;
});

describe('createDeskDatabase', () => {
  it('opens every collection under RxDB dev-mode with Ajv validation', async () => {
    db = await openTestDatabase();
    expect(Object.keys(db.collections).sort()).toEqual(
      deskCollectionDefinitions.map((d) => d.name).sort(),
    );
    for (const def of deskCollectionDefinitions) {
      const collection = db.collections[def.name];
      expect(collection.schema.version).toBe(def.version);
      expect(collection.schema.primaryPath).toBe(def.primaryPath);
    }
  });

  it('lets the storage refuse a document that bypasses zod and breaks the schema', async () => {
    db = await openTestDatabase();
    const bad = { id: 'r1', guestName: 'X', partySize: 'four' } as never;
    await expect(db.reservations.insert(bad)).rejects.toThrow(/does not match schema/);
    expect(await db.reservations.count().exec()).toBe(0);
  });

  it('keeps derived search keys right for writes that do not go through a repository', async () => {
    db = await openTestDatabase();
    const customer = normalizeCustomer({
      id: 'c1',
      name: 'Zoë Martin',
      phone: '06 11 22 33 44',
      tags: [],
      vip: false,
      allergies: [],
      dietaryRestrictions: [],
      visitCount: 0,
      noShowCount: 0,
      createdAt: T,
      updatedAt: T,
    });
    const doc = await db.customers.insert({ ...customer, nameKey: 'stale', phoneKey: '000' });
    expect(doc.nameKey).toBe('zoe martin');
    expect(doc.phoneKey).toBe('611223344');
    const renamed = await doc.incrementalPatch({ name: 'Zoé Dubois', phone: undefined });
    expect(renamed.nameKey).toBe('zoe dubois');
    expect(renamed.toJSON()).not.toHaveProperty('phoneKey');
  });

  it('refuses a second open of the same database in one process, clearly', async () => {
    enableDevMode();
    const name = uniqueName();
    db = await createDeskDatabase({ storage: devStorage(), name });
    await expect(createDeskDatabase({ storage: devStorage(), name })).rejects.toThrow(
      new RegExp(`could not open "${name}"`),
    );
  });

  it('refuses a database name RxDB cannot store, and a broken collection, clearly', async () => {
    enableDevMode();
    await expect(
      createDeskDatabase({ storage: devStorage(), name: 'Bad Name!' }),
    ).rejects.toThrow();
    const broken = { ...deskCollectionDefinitions[0], migrationStrategies: { 1: () => null } };
    await expect(
      createDeskDatabase({ storage: devStorage(), name: uniqueName(), definitions: [broken] }),
    ).rejects.toThrow(DeskDatabaseError);
  });
});
