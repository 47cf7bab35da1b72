/** RxStorage contract, writing side: conflicts, tombstones, change stream, change feed. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstValueFrom, filter, take } from 'rxjs';
import { type EventBulk, type RxDocumentData, type RxStorageChangeEvent } from 'rxdb';
import { getRxStorageSQLite, type RxStorageSQLite } from './index';
import {
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

const all = (i: TestInstance = instance) => i.query(prepared(storageSchema, { selector: {} }));

describe('bulkWrite conflicts', () => {
  it('answers 409 with the stored document, without internal columns, on a second insert', async () => {
    const first = stored(makeDoc('a', { name: 'Zoë 😀' }));
    expect((await instance.bulkWrite([{ document: first }], 'test')).error).toEqual([]);
    const again = stored(makeDoc('a', { name: 'other' }));
    const { error } = await instance.bulkWrite([{ document: again }], 'test');
    expect(error).toHaveLength(1);
    expect(error[0]?.status).toBe(409);
    expect(error[0]?.documentId).toBe('a');
    expect(conflictOf(error[0])).toEqual(first);
    expect(Object.keys(conflictOf(error[0])).sort()).toEqual(Object.keys(first).sort());
  });

  it('answers 409 when previous has another revision, and updates with the right one', async () => {
    const v1 = stored(makeDoc('a'));
    await instance.bulkWrite([{ document: v1 }], 'test');
    const stale = { ...v1, _rev: '1-stale' };
    const v2 = stored(makeDoc('a', { age: 31 }), { previous: v1 });
    const conflict = await instance.bulkWrite([{ document: v2, previous: stale }], 'test');
    expect(conflict.error[0]?.status).toBe(409);
    expect(conflictOf(conflict.error[0])).toEqual(v1);
    const ok = await instance.bulkWrite([{ document: v2, previous: v1 }], 'test');
    expect(ok.error).toEqual([]);
    expect(await instance.findDocumentsById(['a'], false)).toEqual([v2]);
  });

  it('lets the first of two parallel inserts of one id win', async () => {
    const [one, two] = await Promise.all([
      instance.bulkWrite([{ document: stored(makeDoc('p', { age: 1 })) }], 'one'),
      instance.bulkWrite([{ document: stored(makeDoc('p', { age: 2 })) }], 'two'),
    ]);
    expect(one.error).toEqual([]);
    expect(two.error.map((e) => e.status)).toEqual([409]);
    expect((await instance.findDocumentsById(['p'], false))[0]?.age).toBe(1);
  });

  it('writes the other rows of a batch when one row conflicts', async () => {
    await instance.bulkWrite([{ document: stored(makeDoc('a')) }], 'test');
    const { error } = await instance.bulkWrite(
      [{ document: stored(makeDoc('a')) }, { document: stored(makeDoc('b')) }],
      'test',
    );
    expect(error.map((e) => e.documentId)).toEqual(['a']);
    expect((await instance.findDocumentsById(['b'], false)).map((d) => d.id)).toEqual(['b']);
  });

  it('refuses a primary key that SQLite text cannot hold', async () => {
    await expect(
      instance.bulkWrite([{ document: stored(makeDoc('half\uD800')) }], 'test'),
    ).rejects.toThrow(/unpaired UTF-16 surrogate/);
    expect((await all()).documents).toEqual([]);
  });

  it('refuses a batch that names one document twice, writing nothing', async () => {
    await expect(
      instance.bulkWrite(
        [{ document: stored(makeDoc('d')) }, { document: stored(makeDoc('d', { age: 2 })) }],
        'test',
      ),
    ).rejects.toThrow(/more than once/);
    expect(await instance.findDocumentsById(['d'], true)).toEqual([]);
  });

  it('does not mutate frozen input rows', async () => {
    const doc = Object.freeze(stored(makeDoc('f')));
    const result = await instance.bulkWrite([Object.freeze({ document: doc })], 'test');
    expect(result.error).toEqual([]);
  });
});

describe('deleted documents', () => {
  it('hides tombstones from findDocumentsById unless asked, and keeps them in raw queries', async () => {
    const v1 = stored(makeDoc('a'));
    await instance.bulkWrite([{ document: v1 }, { document: stored(makeDoc('b')) }], 'test');
    const gone = stored(makeDoc('a'), { deleted: true, previous: v1 });
    expect((await instance.bulkWrite([{ document: gone, previous: v1 }], 'test')).error).toEqual(
      [],
    );
    expect((await instance.findDocumentsById(['a', 'b'], false)).map((d) => d.id)).toEqual(['b']);
    expect(await instance.findDocumentsById(['a'], true)).toEqual([gone]);
    expect((await all()).documents.map((d) => d.id).sort()).toEqual(['a', 'b']);
    const live = await instance.query(
      prepared(storageSchema, { selector: { _deleted: { $eq: false } } }),
    );
    expect(live.documents.map((d) => d.id)).toEqual(['b']);
  });

  it('accepts inserting an already deleted document (replication does)', async () => {
    const tomb = stored(makeDoc('t'), { deleted: true });
    expect((await instance.bulkWrite([{ document: tomb }], 'test')).error).toEqual([]);
    expect(await instance.findDocumentsById(['t'], false)).toEqual([]);
    expect(await instance.findDocumentsById(['t'], true)).toEqual([tomb]);
  });

  it('undeletes a tombstone through an update', async () => {
    const v1 = stored(makeDoc('u'));
    await instance.bulkWrite([{ document: v1 }], 'test');
    const v2 = stored(makeDoc('u'), { deleted: true, previous: v1 });
    await instance.bulkWrite([{ document: v2, previous: v1 }], 'test');
    const v3 = stored(makeDoc('u', { age: 5 }), { previous: v2 });
    expect((await instance.bulkWrite([{ document: v3, previous: v2 }], 'test')).error).toEqual([]);
    expect(await instance.findDocumentsById(['u'], false)).toEqual([v3]);
  });

  it('returns nothing for unknown ids and an empty id list', async () => {
    expect(await instance.findDocumentsById(['nope', 'x"y', "'; DROP TABLE x"], true)).toEqual([]);
    expect(await instance.findDocumentsById([], true)).toEqual([]);
  });
});

describe('change stream', () => {
  it('emits one EventBulk per write with the context and the newest row as checkpoint', async () => {
    const bulks: EventBulk<RxStorageChangeEvent<TestDoc>, unknown>[] = [];
    const sub = instance.changeStream().subscribe((bulk) => bulks.push(bulk));
    const a1 = stored(makeDoc('a'));
    const b1 = stored(makeDoc('b'));
    await instance.bulkWrite([{ document: a1 }, { document: b1 }], 'first');
    const a2 = stored(makeDoc('a', { age: 40 }), { previous: a1 });
    const b2 = stored(makeDoc('b'), { deleted: true, previous: b1 });
    await instance.bulkWrite(
      [
        { document: a2, previous: a1 },
        { document: b2, previous: b1 },
      ],
      'second',
    );
    await instance.bulkWrite([{ document: stored(makeDoc('a')) }], 'conflict only');
    sub.unsubscribe();
    expect(bulks.map((b) => b.context)).toEqual(['first', 'second']);
    expect(bulks[0]?.events.map((e) => [e.operation, e.documentId])).toEqual([
      ['INSERT', 'a'],
      ['INSERT', 'b'],
    ]);
    expect(bulks[1]?.events.map((e) => [e.operation, e.documentId])).toEqual([
      ['UPDATE', 'a'],
      ['DELETE', 'b'],
    ]);
    expect(bulks[0]?.checkpoint).toEqual({ id: 'b', lwt: b1._meta.lwt });
    expect(bulks[1]?.checkpoint).toEqual({ id: 'b', lwt: b2._meta.lwt });
  });

  it('delivers events between instances of one database in multi-instance mode', async () => {
    const a = await openInstance(storage, { databaseName: 'multi', multiInstance: true });
    const b = await openInstance(storage, { databaseName: 'multi', multiInstance: true });
    const other = await openInstance(storage, {
      databaseName: 'multi',
      collectionName: 'others',
      multiInstance: true,
    });
    const otherEvents: unknown[] = [];
    const otherSub = other.changeStream().subscribe((e) => otherEvents.push(e));
    const seen = firstValueFrom(
      b.changeStream().pipe(
        filter((bulk) => bulk.context === 'from-a'),
        take(1),
      ),
    );
    await a.bulkWrite([{ document: stored(makeDoc('m')) }], 'from-a');
    const bulk = await seen;
    expect(bulk.events.map((e) => e.documentId)).toEqual(['m']);
    expect((await b.findDocumentsById(['m'], false)).map((d) => d.id)).toEqual(['m']);
    otherSub.unsubscribe();
    expect(otherEvents).toEqual([]);
    await Promise.all([a.close(), b.close(), other.close()]);
  });
});

describe('getChangedDocumentsSince', () => {
  it('pages through all changes in (lwt, id) order, tombstones included, without repeats', async () => {
    const getChanges = instance.getChangedDocumentsSince?.bind(instance);
    if (!getChanges) throw new Error('getChangedDocumentsSince must be implemented');
    const first = [stored(makeDoc('c')), stored(makeDoc('a')), stored(makeDoc('b'))];
    await instance.bulkWrite(
      first.map((document) => ({ document })),
      'test',
    );
    const a1 = first[1] as RxDocumentData<TestDoc>;
    const a2 = stored(makeDoc('a'), { deleted: true, previous: a1 });
    await instance.bulkWrite([{ document: a2, previous: a1 }], 'test');
    await instance.bulkWrite([{ document: stored(makeDoc('d')) }], 'test');

    const seen: string[] = [];
    let checkpoint: { id: string; lwt: number } | undefined;
    for (let page = 0; page < 10; page++) {
      const result = await getChanges(2, checkpoint);
      if (result.documents.length === 0) {
        expect(result.checkpoint).toEqual(checkpoint);
        break;
      }
      seen.push(...result.documents.map((d) => `${d.id}${d._deleted ? '†' : ''}`));
      const last = result.documents.at(-1);
      expect(result.checkpoint).toEqual({ id: last?.id, lwt: last?._meta.lwt });
      checkpoint = result.checkpoint as { id: string; lwt: number };
    }
    // c, a, b share one lwt only when written within 0.01 ms; order by (lwt, id) either way.
    const lwts = first.map((d) => d._meta.lwt);
    const expectedFirst = first
      .filter((d) => d.id !== 'a')
      .sort((x, y) => x._meta.lwt - y._meta.lwt || (x.id < y.id ? -1 : 1))
      .map((d) => d.id);
    expect(lwts.length).toBe(3);
    expect(seen).toEqual([...expectedFirst, 'a†', 'd']);
  });

  it('starts from the beginning without a checkpoint and returns an empty checkpoint when empty', async () => {
    const result = await instance.getChangedDocumentsSince?.(10);
    expect(result).toEqual({ documents: [], checkpoint: { id: '', lwt: 0 } });
  });
});
