/**
 * Test support: our storage against RxDB's memory storage as the oracle. The same documents and
 * queries must give the same documents in the same order, the same counts and the same change feed.
 */
import { expect } from 'vitest';
import {
  getChangedDocumentsSince,
  randomToken,
  type MangoQuery,
  type RxDocumentData,
  type RxStorage,
  type RxStorageDefaultCheckpoint,
} from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import {
  openInstance,
  prepared,
  storageSchema,
  stored,
  type TestDoc,
  type TestInstance,
} from './storage-test-fixtures';

/** Letters chosen to collide and to cross the orderings where UTF-8 and UTF-16 disagree. */
export const LETTERS = [
  'a',
  'B',
  'z',
  'ä',
  'Ö',
  'ß',
  'é',
  '😀',
  '👍🏽',
  '\uE000',
  '\uFFFD',
  ' ',
  '-',
];
export const CITIES = ['Köln', 'Zürich', 'Lyon', 'Łódź', '東京', '🏙️ City', 'Ærø', ''];
const memory = getRxStorageMemory();

export interface Pair {
  ours: TestInstance;
  oracle: TestInstance;
  close: () => Promise<void>;
}

export async function openPair(sqlite: RxStorage<unknown, unknown>): Promise<Pair> {
  const collectionName = `c${randomToken(8).toLowerCase()}`;
  const ours = await openInstance(sqlite, { databaseName: 'oracle', collectionName });
  const oracle = await openInstance(memory, { databaseName: `m${randomToken(8)}`, collectionName });
  return {
    ours,
    oracle,
    close: async () => {
      await ours.remove();
      await oracle.remove();
    },
  };
}

/** Writes docs to both, deleting every id listed in `deleteIds` afterwards. */
export async function seed(pair: Pair, docs: TestDoc[], deleteIds: Set<string>): Promise<void> {
  const first = docs.map((doc) => stored(doc));
  const tombstones = first
    .filter((doc) => deleteIds.has(doc.id))
    .map((doc) => ({
      previous: doc,
      document: stored(docOf(doc), { deleted: true, previous: doc }),
    }));
  for (const instance of [pair.ours, pair.oracle]) {
    const inserted = await instance.bulkWrite(
      first.map((document) => ({ document })),
      'seed',
    );
    expect(inserted.error).toEqual([]);
    if (tombstones.length > 0)
      expect((await instance.bulkWrite(tombstones, 'del')).error).toEqual([]);
  }
}

function docOf(doc: RxDocumentData<TestDoc>): TestDoc {
  const rest: Partial<RxDocumentData<TestDoc>> = { ...doc };
  delete rest._deleted;
  delete rest._attachments;
  delete rest._meta;
  delete rest._rev;
  return rest as TestDoc;
}

export async function expectSameAnswers(
  pair: Pair,
  query: MangoQuery<RxDocumentData<TestDoc>>,
): Promise<void> {
  const ours = await pair.ours.query(prepared(storageSchema, query));
  const oracle = await pair.oracle.query(prepared(storageSchema, query));
  const label = JSON.stringify(query);
  expect(
    ours.documents.map((d) => d.id),
    label,
  ).toEqual(oracle.documents.map((d) => d.id));
  expect(ours.documents, label).toEqual(oracle.documents);
  const ourCount = await pair.ours.count(prepared(storageSchema, query));
  expect(ourCount.count, `count == length: ${label}`).toBe(ours.documents.length);
  if (query.skip === undefined && query.limit === undefined) {
    const oracleCount = await pair.oracle.count(prepared(storageSchema, query));
    expect(ourCount.count, `count: ${label}`).toBe(oracleCount.count);
  }
}

export async function changeFeed(instance: TestInstance, pageSize: number): Promise<string[]> {
  const seen: string[] = [];
  let checkpoint: RxStorageDefaultCheckpoint | undefined;
  for (;;) {
    const page = await getChangedDocumentsSince(instance, pageSize, checkpoint);
    if (page.documents.length === 0) return seen;
    seen.push(...page.documents.map((d) => `${d.id}@${d._rev}`));
    checkpoint = page.checkpoint as RxStorageDefaultCheckpoint;
  }
}
