/** The storage under a real RxDatabase: dev-mode, AJV validation, live queries, attachments. */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { firstValueFrom, filter } from 'rxjs';
import {
  addRxPlugin,
  createRxDatabase,
  randomToken,
  type RxCollection,
  type RxDatabase,
  type RxJsonSchema,
} from 'rxdb';
import { RxDBDevModePlugin, disableWarnings } from 'rxdb/plugins/dev-mode';
import { RxDBAttachmentsPlugin } from 'rxdb/plugins/attachments';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { getRxStorageSQLite } from './index';
import { tempDirectory } from './storage-test-fixtures';

interface Booking {
  id: string;
  guestName: string;
  partySize: number;
  startsAt: number;
}

const bookingSchema: RxJsonSchema<Booking> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 36 },
    guestName: { type: 'string', maxLength: 80 },
    partySize: { type: 'integer', minimum: 1, maximum: 50, multipleOf: 1 },
    startsAt: { type: 'integer', minimum: 0, maximum: 4_102_444_800_000, multipleOf: 1 },
  },
  required: ['id', 'guestName', 'partySize', 'startsAt'],
  indexes: ['startsAt'],
  attachments: {},
};

type Collections = { bookings: RxCollection<Booking> };

beforeAll(() => {
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
  addRxPlugin(RxDBAttachmentsPlugin);
});

let temp: ReturnType<typeof tempDirectory>;
const open: RxDatabase<Collections>[] = [];

beforeEach(() => {
  temp = tempDirectory();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
  temp.remove();
});

async function openDesk(name = 'desk', multiInstance = false): Promise<RxDatabase<Collections>> {
  const db = await createRxDatabase<Collections>({
    name,
    storage: wrappedValidateAjvStorage({ storage: getRxStorageSQLite({ directory: temp.dir }) }),
    multiInstance,
    ignoreDuplicate: true,
  });
  await db.addCollections({ bookings: { schema: bookingSchema } });
  open.push(db);
  return db;
}

const DAY = Date.UTC(2025, 5, 14);
const HOUR = 3_600_000;

describe('through a real RxDatabase', () => {
  it('keeps a live query of one day sorted by start time up to date', async () => {
    const db = await openDesk();
    const day = db.bookings.find({
      selector: { startsAt: { $gte: DAY, $lt: DAY + 24 * HOUR } },
      sort: [{ startsAt: 'asc' }],
    });
    const names = (docs: Booking[]) => docs.map((d) => d.guestName).join(',');
    const wait = (expected: string) =>
      firstValueFrom(day.$.pipe(filter((docs) => names(docs) === expected)));
    await wait('');
    await db.bookings.bulkInsert([
      { id: 'b1', guestName: 'Ève', partySize: 2, startsAt: DAY + 20 * HOUR },
      { id: 'b2', guestName: 'Jürgen', partySize: 4, startsAt: DAY + 12 * HOUR },
      { id: 'b3', guestName: 'Tomorrow', partySize: 4, startsAt: DAY + 30 * HOUR },
    ]);
    await wait('Jürgen,Ève');
    const b1 = await db.bookings.findOne('b1').exec(true);
    await b1.incrementalPatch({ startsAt: DAY + 9 * HOUR });
    await wait('Ève,Jürgen');
    await (await db.bookings.findOne('b2').exec(true)).remove();
    await wait('Ève');
    expect(await db.bookings.count({ selector: { startsAt: { $gte: DAY } } }).exec()).toBe(2);
  });

  it('rejects an invalid document through the validator and stores nothing', async () => {
    const db = await openDesk();
    await expect(
      db.bookings.insert({ id: 'bad', guestName: 'X', partySize: 0, startsAt: DAY }),
    ).rejects.toThrow();
    expect(await db.bookings.count().exec()).toBe(0);
  });

  it('stores attachments as blobs and reads them back after reopening', async () => {
    const db = await openDesk();
    const doc = await db.bookings.insert({
      id: 'a',
      guestName: 'Ada',
      partySize: 2,
      startsAt: DAY,
    });
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await doc.putAttachment({
      id: 'menu.bin',
      data: new Blob([bytes]),
      type: 'application/x-test',
    });
    await db.close();
    open.length = 0;
    const again = await openDesk();
    const reread = await again.bookings.findOne('a').exec(true);
    const attachment = reread.getAttachment('menu.bin');
    expect(attachment?.type).toBe('application/x-test');
    const data = await attachment?.getData();
    expect(new Uint8Array(await (data ?? new Blob([])).arrayBuffer())).toEqual(bytes);
    await attachment?.remove();
    const latest = await again.bookings.findOne('a').exec(true);
    expect(latest.allAttachments()).toEqual([]);
  });

  it('shows writes of one RxDatabase in a live query of another one on the same name', async () => {
    const name = `shared${randomToken(6).toLowerCase()}`;
    const writer = await openDesk(name, true);
    const reader = await openDesk(name, true);
    const seen = firstValueFrom(
      reader.bookings.find().$.pipe(filter((docs) => docs.some((d) => d.id === 'x'))),
    );
    await writer.bookings.insert({ id: 'x', guestName: 'Zoë', partySize: 3, startsAt: DAY });
    expect((await seen).map((d) => d.guestName)).toEqual(['Zoë']);
  });

  it('removes the database data', async () => {
    const db = await openDesk('gone');
    await db.bookings.insert({ id: 'r', guestName: 'R', partySize: 1, startsAt: DAY });
    await db.remove();
    open.length = 0;
    const again = await openDesk('gone');
    expect(await again.bookings.count().exec()).toBe(0);
  });
});
