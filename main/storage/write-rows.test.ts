/**
 * The insert fast path of write-rows.ts: a write of new documents skips reading the stored ones
 * and relies on the primary key; these tests pin that a stored id in any batch, an id given twice
 * or a rejected row still gives the same result as the general path, and that nothing of a
 * fallen-back attempt stays behind.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseSync } from 'node:sqlite';
import type { EventBulk, RxDocumentData, RxStorageChangeEvent } from 'rxdb';
import { getRxStorageSQLite, type RxStorageSQLite } from './index';
import {
  byId,
  conflictOf,
  makeDoc,
  openInstance,
  prepared,
  storageSchema,
  stored,
  tempDirectory,
  type TestDoc,
  type TestInstance,
} from './storage-test-fixtures';

let temp: ReturnType<typeof tempDirectory>;
let storage: RxStorageSQLite;
let instance: TestInstance;

beforeEach(async () => {
  temp = tempDirectory();
  storage = getRxStorageSQLite({ directory: temp.dir });
  instance = await openInstance(storage);
});

afterEach(async () => {
  await instance.close();
  temp.remove();
});

const all = async () =>
  (await instance.query(prepared(storageSchema, { selector: {}, sort: [{ id: 'asc' }] })))
    .documents;
/** More rows than one multi-row INSERT holds (64), so a conflict can sit in a later statement. */
const many = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    stored(makeDoc(`${prefix}${String(i).padStart(3, '0')}`, { age: i % 100 })),
  );
const rowsOf = (docs: RxDocumentData<TestDoc>[]) => docs.map((document) => ({ document }));

/** Rows of the collection table, counted with SQLite itself after the instance is closed. */
async function tableRows(): Promise<number> {
  await instance.close();
  const raw = new DatabaseSync(storage.fileOf('testdb'));
  const row = raw.prepare('SELECT count(*) AS n FROM "c:docs:v0"').get();
  raw.close();
  instance = await openInstance(storage);
  return Number(row?.n);
}

describe('inserting new documents', () => {
  it('answers 409 for stored ids in a late statement and writes every other row once', async () => {
    const early = stored(makeDoc('n010', { name: 'kept early' }));
    const late = stored(makeDoc('n150', { name: 'kept late' }));
    const tombstone = stored(makeDoc('n199'), { deleted: true });
    await instance.bulkWrite(rowsOf([early, late, tombstone]), 'first');

    const bulks: EventBulk<RxStorageChangeEvent<TestDoc>, unknown>[] = [];
    const sub = instance.changeStream().subscribe((bulk) => bulks.push(bulk));
    const docs = many('n', 200);
    const { error } = await instance.bulkWrite(rowsOf(docs), 'second');
    sub.unsubscribe();

    expect(error.map((e) => [e.status, e.documentId])).toEqual([
      [409, 'n010'],
      [409, 'n150'],
      [409, 'n199'],
    ]);
    expect(conflictOf(error[0])).toEqual(early);
    expect(conflictOf(error[1])).toEqual(late);
    expect(conflictOf(error[2])).toEqual(tombstone);
    const kept = new Map([early, late, tombstone].map((doc) => [doc.id, doc]));
    // A storage query without a `_deleted` selector returns tombstones too.
    expect(await all()).toEqual(docs.map((doc) => kept.get(doc.id) ?? doc));
    expect(await tableRows()).toBe(200);
    expect(bulks).toHaveLength(1);
    expect(bulks[0]?.events).toHaveLength(197);
    expect(bulks[0]?.checkpoint).toEqual({ id: 'n198', lwt: docs[198]?._meta.lwt });
  });

  it('refuses an id given twice in a large insert and writes nothing of it', async () => {
    const before = stored(makeDoc('a'));
    await instance.bulkWrite(rowsOf([before]), 'first');
    const docs = many('d', 130);
    const twice = stored(makeDoc('d100', { age: 99 }));
    await expect(instance.bulkWrite(rowsOf([...docs, twice]), 'second')).rejects.toThrow(
      /"d100" more than once/,
    );
    expect(await all()).toEqual([before]);
    expect(await tableRows()).toBe(1);
  });

  it('answers a stored id with 409 even when its attachment has no data (not 510)', async () => {
    await instance.close();
    const schema = { ...storageSchema, attachments: {} };
    instance = await openInstance(storage, { collectionName: 'with_att', schema });
    const first = stored(makeDoc('m'));
    await instance.bulkWrite(rowsOf([first]), 'first');
    const noData = () => ({ a: { digest: 'd', length: 1, type: 'text/plain' } });
    const again = { ...stored(makeDoc('m')), _attachments: noData() };
    const fresh = { ...stored(makeDoc('f')), _attachments: noData() };
    const ok = stored(makeDoc('o'));
    const { error } = await instance.bulkWrite(rowsOf([again, fresh, ok]), 'second');
    expect(error.map((e) => [e.status, e.documentId])).toEqual([
      [409, 'm'],
      [510, 'f'],
    ]);
    expect(conflictOf(error[0])).toEqual(first);
    const found = await instance.findDocumentsById(['m', 'f', 'o'], true);
    expect(found.map((d) => d.id).sort()).toEqual(['m', 'o']);
  });

  it('keeps the fallback exact after tombstones with the largest rowids were purged', async () => {
    const live = many('k', 70);
    await instance.bulkWrite(rowsOf(live), 'live');
    const gone = many('z', 70).map((doc) => ({ ...doc, _deleted: true, _meta: { lwt: 1 } }));
    await instance.bulkWrite(rowsOf(gone), 'tombstones');
    expect(await instance.cleanup(0)).toBe(true);
    const again = [...many('z', 70), stored(makeDoc('k069', { age: 1 }))];
    const { error } = await instance.bulkWrite(rowsOf(again), 'reuse');
    expect(error.map((e) => e.documentId)).toEqual(['k069']);
    expect(byId(await all())).toEqual(byId([...live, ...again.slice(0, 70)]));
    expect(await tableRows()).toBe(140);
  });
});
