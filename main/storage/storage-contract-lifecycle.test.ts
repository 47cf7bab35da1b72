/** RxStorage contract: queries and counts, cleanup, remove, close, table layout. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstValueFrom, toArray } from 'rxjs';
import { fillWithDefaultSettings } from 'rxdb';
import { getRxStorageSQLite, isSqliteStorageError, type RxStorageSQLite } from './index';
import {
  makeDoc,
  openInstance,
  prepared,
  storageSchema,
  stored,
  tempDirectory,
  testSchema,
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

const all = (i: TestInstance = instance) => i.query(prepared(storageSchema, { selector: {} }));

describe('queries and counts', () => {
  beforeEach(async () => {
    const docs = Array.from({ length: 12 }, (_, i) =>
      stored(makeDoc(`d${String(i).padStart(2, '0')}`, { age: i % 4, name: `n${11 - i}` })),
    );
    await instance.bulkWrite(
      docs.map((document) => ({ document })),
      'seed',
    );
  });

  it('honours limit 0, skip and limit', async () => {
    const q = (skip?: number, limit?: number) =>
      instance.query(
        prepared(storageSchema, {
          selector: {},
          sort: [{ id: 'asc' }],
          ...(skip === undefined ? {} : { skip }),
          ...(limit === undefined ? {} : { limit }),
        }),
      );
    expect((await q(0, 0)).documents).toEqual([]);
    expect((await q(3, 2)).documents.map((d) => d.id)).toEqual(['d03', 'd04']);
    expect((await q(10)).documents.map((d) => d.id)).toEqual(['d10', 'd11']);
    expect((await q(20)).documents).toEqual([]);
  });

  it('counts fast when the index covers the selector, slow otherwise, equal to the query', async () => {
    const byIndex = prepared(storageSchema, {
      selector: { _deleted: { $eq: false }, age: { $gte: 2 } },
    });
    expect(await instance.count(byIndex)).toEqual({ count: 6, mode: 'fast' });
    expect((await instance.query(byIndex)).documents).toHaveLength(6);
    const byMatcher = prepared(storageSchema, { selector: { name: { $regex: '^n1' } } });
    const counted = await instance.count(byMatcher);
    expect(counted.mode).toBe('slow');
    expect(counted.count).toBe((await instance.query(byMatcher)).documents.length);
    expect(counted.count).toBe(3);
    const paged = prepared(storageSchema, {
      selector: { _deleted: { $eq: false }, age: { $gte: 2 } },
      skip: 4,
      limit: 5,
    });
    expect((await instance.count(paged)).mode).toBe('fast');
    expect((await instance.count(paged)).count).toBe(2);
  });

  it('refuses a query that names an index the schema does not declare', async () => {
    const query = prepared(storageSchema, { selector: {}, index: ['tags'] });
    await expect(instance.query(query)).rejects.toThrow(/does not declare/);
  });
});

describe('cleanup, remove and close', () => {
  it('purges only tombstones older than the given age', async () => {
    const live = stored(makeDoc('live'));
    const old1 = stored(makeDoc('old'));
    await instance.bulkWrite([{ document: live }, { document: old1 }], 'test');
    const old2 = stored(makeDoc('old'), { deleted: true, previous: old1 });
    await instance.bulkWrite([{ document: old2, previous: old1 }], 'test');
    expect(await instance.cleanup(60_000)).toBe(true);
    expect(await instance.findDocumentsById(['old'], true)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await instance.cleanup(0)).toBe(true);
    expect(await instance.findDocumentsById(['old', 'live'], true)).toEqual([live]);
  });

  it('removes the collection data but not the other collections of the file', async () => {
    const keep = await openInstance(storage, { collectionName: 'keep' });
    await keep.bulkWrite([{ document: stored(makeDoc('k')) }], 'test');
    await instance.bulkWrite([{ document: stored(makeDoc('r')) }], 'test');
    await instance.remove();
    instance = await openInstance(storage);
    expect((await all()).documents).toEqual([]);
    expect((await keep.findDocumentsById(['k'], false)).map((d) => d.id)).toEqual(['k']);
    await keep.close();
  });

  it('closes idempotently, refuses calls after close and keeps a sibling usable', async () => {
    const sibling = await openInstance(storage);
    await sibling.bulkWrite([{ document: stored(makeDoc('s')) }], 'test');
    const running = sibling.query(prepared(storageSchema, { selector: {} }));
    await Promise.all([instance.close(), instance.close()]);
    expect((await running).documents.map((d) => d.id)).toEqual(['s']);
    expect((await all(sibling)).documents).toHaveLength(1);
    await expect(all()).rejects.toSatisfy((e: unknown) => isSqliteStorageError(e, 'closed'));
    await expect(
      instance.bulkWrite([{ document: stored(makeDoc('late')) }], 'test'),
    ).rejects.toSatisfy((e: unknown) => isSqliteStorageError(e, 'closed'));
    await sibling.close();
    expect(storage.openFiles()).toBe(0);
  });

  it('closes one instance while another one is querying', async () => {
    const other = await openInstance(storage);
    await other.bulkWrite([{ document: stored(makeDoc('q')) }], 'test');
    const results = await Promise.all([
      all(other),
      instance.close(),
      all(other),
      other.findDocumentsById(['q'], false),
    ]);
    expect(results[0].documents.map((d) => d.id)).toEqual(['q']);
    expect(results[2].documents.map((d) => d.id)).toEqual(['q']);
    await other.close();
  });

  it('keeps acknowledged writes after close and reopen', async () => {
    await instance.bulkWrite([{ document: stored(makeDoc('p')) }], 'test');
    await instance.close();
    expect(storage.openFiles()).toBe(0);
    instance = await openInstance(getRxStorageSQLite({ directory: temp.dir }));
    expect((await all()).documents.map((d) => d.id)).toEqual(['p']);
  });
});

describe('table layout', () => {
  it('writes and reads a batch larger than one multi-row INSERT', async () => {
    const docs = Array.from({ length: 203 }, (_, i) =>
      stored(makeDoc(`m${String(i).padStart(3, '0')}`, { age: i % 150 })),
    );
    expect(
      (
        await instance.bulkWrite(
          docs.map((document) => ({ document })),
          'many',
        )
      ).error,
    ).toEqual([]);
    const sorted = await instance.query(
      prepared(storageSchema, { selector: {}, sort: [{ id: 'desc' }] }),
    );
    expect(sorted.documents).toEqual([...docs].reverse());
  });

  it('rebuilds the keys when the indexes change without a version bump, keeping the data', async () => {
    await instance.bulkWrite(
      [
        { document: stored(makeDoc('x', { nested: { city: 'Zürich', zip: 8001 } })) },
        { document: stored(makeDoc('y', { nested: { city: 'Köln', zip: 50667 } })) },
      ],
      'test',
    );
    await instance.close();
    const changed = fillWithDefaultSettings({ ...testSchema, indexes: ['nested.zip'] });
    instance = await openInstance(storage, { schema: changed });
    const byZip = await instance.query(
      prepared(changed, {
        selector: { 'nested.zip': { $gt: 9000 } },
        index: ['_deleted', 'nested.zip', 'id'],
      }),
    );
    expect(byZip.documents.map((d) => d.id)).toEqual(['y']);
  });

  it('serves the change feed from a plain (lwt, id) index when the schema lacks RxDB’s', async () => {
    await instance.close();
    const schema = {
      ...storageSchema,
      indexes: (storageSchema.indexes ?? []).filter((i) => !String(i).startsWith('_meta.lwt')),
    };
    instance = await openInstance(storage, { collectionName: 'nolwt', schema });
    const docs = [stored(makeDoc('b')), stored(makeDoc('a')), stored(makeDoc('c'))];
    await instance.bulkWrite(
      docs.map((document) => ({ document })),
      'test',
    );
    const first = await instance.getChangedDocumentsSince?.(2);
    expect(first?.documents.map((d) => d.id)).toEqual(['b', 'a']);
    const rest = await instance.getChangedDocumentsSince?.(2, first?.checkpoint);
    expect(rest?.documents.map((d) => d.id)).toEqual(['c']);
  });
});

describe('instance parameters', () => {
  it('refuses another schema for a collection table that is open', async () => {
    const changed = fillWithDefaultSettings({ ...testSchema, indexes: ['nested.zip'] });
    await expect(openInstance(storage, { schema: changed })).rejects.toThrow(
      /open with another schema/,
    );
    await instance.close();
    instance = await openInstance(storage, { schema: changed });
  });

  it('refuses key compression and encryption without their plugins (RxDB UT5, UT6)', async () => {
    const compressed = fillWithDefaultSettings({ ...testSchema, keyCompression: true });
    await expect(
      openInstance(storage, { collectionName: 'kc', schema: compressed }),
    ).rejects.toMatchObject({ code: 'UT5' });
    const encrypted = fillWithDefaultSettings({ ...testSchema, encrypted: ['tags'] });
    await expect(
      openInstance(storage, { collectionName: 'enc', schema: encrypted }),
    ).rejects.toMatchObject({ code: 'UT6' });
  });
});

describe('change stream completion', () => {
  it('completes the change stream on close', async () => {
    const done = firstValueFrom(instance.changeStream().pipe(toArray()));
    await instance.close();
    expect(await done).toEqual([]);
  });
});
