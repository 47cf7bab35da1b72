import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { Email, PersonName, Phone } from '../domain/primitives';
import { Reservation, ReservationFields, reservationCollection } from '../domain/reservation';
import { defineCollection } from '../domain/rxdb/collection-definition';
import { migrationStep } from '../domain/rxdb/migrations';
import { dayBookQuery } from '../domain/queries';
import { createDeskDatabase, DeskDatabaseError } from './create-desk-database';
import { createReservationRepository } from './reservation-repository';
import { devStorage, enableDevMode, testDeps, uniqueName } from './testing/test-database';
import { reservationDraft } from './testing/fixtures';

/**
 * A test-only version 1 of the reservations collection proves the migration path end to end:
 * data written with the real v0 schema is opened with v1 and migrated by the strategy built from
 * the zod schemas of both versions. v1 groups the guest's contact in one object and drops
 * cancelled requests older than a cut-off.
 */
const ReservationV1 = ReservationFields.omit({ guestName: true, phone: true, email: true }).extend({
  guest: z.strictObject({ name: PersonName, phone: Phone.optional(), email: Email.optional() }),
});
type ReservationV1 = z.infer<typeof ReservationV1>;

const CUT_OFF = Date.parse('2026-01-01T00:00:00Z');

const reservationsV1 = defineCollection({
  name: 'reservations',
  schema: ReservationV1,
  description: 'test-only v1',
  version: 1,
  primaryKey: 'id',
  indexes: [['startsAt'], ['status', 'startsAt']],
  migrations: [
    migrationStep({
      toVersion: 1,
      from: Reservation,
      to: ReservationV1,
      migrate: ({ guestName, phone, email, ...rest }): ReservationV1 | null => {
        if (rest.status === 'cancelled' && rest.startsAt < CUT_OFF) return null;
        return {
          ...rest,
          guest: {
            name: guestName,
            ...(phone === undefined ? {} : { phone }),
            ...(email === undefined ? {} : { email }),
          },
        };
      },
    }),
  ],
});

async function writeV0(name: string, memory: ReturnType<typeof getRxStorageMemory>) {
  const db = await createDeskDatabase({
    storage: devStorage(memory),
    name,
    definitions: [reservationCollection],
  });
  const book = createReservationRepository(db.reservations, testDeps());
  return { db, book };
}

describe('schema migration', () => {
  it('opens v0 data with a v1 schema: documents migrated, dropped, tombstones kept out', async () => {
    enableDevMode();
    const memory = getRxStorageMemory();
    const name = uniqueName('migr');
    const { db: v0, book } = await writeV0(name, memory);
    await book.create(reservationDraft({ id: 'keep', guestName: 'Zoë', phone: '0612345678' }));
    await book.create(
      reservationDraft({
        id: 'keep2',
        guestName: 'Ali',
        startsAt: Date.parse('2026-03-29T19:00:00Z'),
      }),
    );
    await book.create(
      reservationDraft({
        id: 'old',
        status: 'cancelled',
        startsAt: Date.parse('2025-12-01T19:00:00Z'),
      }),
    );
    await book.create(reservationDraft({ id: 'deleted' }));
    await (await v0.reservations.findOne('deleted').exec())?.remove();
    await v0.close();

    const v1 = await createDeskDatabase({
      storage: devStorage(memory),
      name,
      definitions: [reservationsV1],
    });
    try {
      const collection = v1.collections.reservations;
      expect(collection.schema.version).toBe(1);
      const docs = (await collection.find().exec()).map(
        (d) => d.toJSON() as unknown as ReservationV1,
      );
      expect(docs.map((d) => d.id).sort()).toEqual(['keep', 'keep2']);
      const keep = docs.find((d) => d.id === 'keep');
      expect(keep?.guest).toEqual({ name: 'Zoë', phone: '0612345678' });
      expect(keep).not.toHaveProperty('guestName');
      expect(ReservationV1.safeParse(keep).success).toBe(true);
      // Indexes of v1 answer the day book on the migrated data.
      const day = await collection.find(dayBookQuery('2026-03-29', 'Europe/Paris')).exec();
      expect(day.map((d) => d.primary)).toEqual(['keep', 'keep2']);
      expect(await collection.findOne('deleted').exec()).toBeNull();
    } finally {
      await v1.close();
    }
  });

  it('stops, naming the document, when stored data does not fit the version it claims', async () => {
    enableDevMode();
    const memory = getRxStorageMemory();
    const name = uniqueName('migr');
    const { db: v0 } = await writeV0(name, memory);
    // Valid for the JSON schema, not for zod (adults + children != party size): written around
    // the repository on purpose.
    const T = Date.parse('2026-03-29T10:00:00Z');
    await v0.reservations.insert({
      ...reservationDraft({ partySize: 4, adults: 1, children: 1 }),
      id: 'inconsistent',
      createdAt: T,
      updatedAt: T,
    });
    await v0.close();
    const opening = createDeskDatabase({
      storage: devStorage(memory),
      name,
      definitions: [reservationsV1],
    });
    await expect(opening).rejects.toThrow(DeskDatabaseError);
    await expect(opening).rejects.toThrow(/cannot migrate document "inconsistent" to v1/);
  });

  it('refuses a v1 collection opened without its migration steps (RxDB dev-mode, COL12)', () => {
    expect(() => defineCollection({ ...reservationsV1Spec(), migrations: [] })).toThrow(
      /version 1 needs 1 migration step/,
    );
  });
});

function reservationsV1Spec() {
  return {
    name: 'reservations' as const,
    schema: ReservationV1,
    description: 'test-only v1',
    version: 1,
    primaryKey: 'id' as const,
    indexes: [['startsAt']] as const,
    migrations: [],
  };
}
