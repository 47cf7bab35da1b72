/** Property-based: random documents (emoji, umlauts) and random queries against storage-memory. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MangoQuery, RxDocumentData } from 'rxdb';
import { getRxStorageSQLite, type RxStorageSQLite } from './index';
import {
  changeFeed,
  CITIES,
  expectSameAnswers,
  LETTERS,
  openPair,
  seed,
} from './storage-oracle-kit';
import { byId, storageSchema, tempDirectory, type TestDoc } from './storage-test-fixtures';

let temp: ReturnType<typeof tempDirectory>;
let sqlite: RxStorageSQLite;

beforeAll(() => {
  temp = tempDirectory();
  sqlite = getRxStorageSQLite({ directory: temp.dir, verifyOnOpen: false });
});
afterAll(() => temp.remove());

const letter = fc.constantFrom(...LETTERS);
const text = fc.array(letter, { maxLength: 4 }).map((parts) => parts.join(''));
const age = fc.integer({ min: 0, max: 150 });
const score = fc.integer({ min: -10000, max: 100000 }).map((n) => n / 100);

const docArb = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9]{1,6}$/),
    name: text,
    age,
    score: fc.option(score, { nil: undefined }),
    active: fc.boolean(),
    tags: fc.array(text, { maxLength: 3 }),
    nested: fc.record({
      city: fc.constantFrom(...CITIES),
      zip: fc.option(fc.nat(99999), { nil: undefined }),
    }),
    items: fc.array(
      fc.record({ k: fc.constantFrom('x', 'y'), v: fc.integer({ min: -5, max: 5 }) }),
      {
        maxLength: 3,
      },
    ),
  })
  .map((doc): TestDoc => {
    const { score: s, nested, ...rest } = doc;
    return {
      ...rest,
      ...(s === undefined ? {} : { score: s }),
      nested: { city: nested.city, ...(nested.zip === undefined ? {} : { zip: nested.zip }) },
    };
  });

const cmp = fc.constantFrom('$eq', '$ne', '$gt', '$gte', '$lt', '$lte');
const clause = fc.oneof(
  fc.tuple(fc.constant('name'), cmp, text).map(([f, op, v]) => ({ [f]: { [op]: v } })),
  fc.tuple(cmp, fc.integer({ min: -5, max: 160 })).map(([op, v]) => ({ age: { [op]: v } })),
  fc.tuple(cmp, score).map(([op, v]) => ({ score: { [op]: v } })),
  fc.tuple(cmp, fc.constantFrom(...CITIES)).map(([op, v]) => ({ 'nested.city': { [op]: v } })),
  fc.boolean().map((v) => ({ active: { $eq: v } })),
  fc.array(text, { maxLength: 3 }).map((v) => ({ name: { $in: v } })),
  fc.array(age, { maxLength: 3 }).map((v) => ({ age: { $nin: v } })),
  fc.boolean().map((v) => ({ score: { $exists: v } })),
  letter.map((v) => ({ name: { $regex: `^${v.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&')}` } })),
  text.map((v) => ({ tags: { $elemMatch: { $eq: v } } })),
  fc.integer({ min: -5, max: 5 }).map((v) => ({ items: { $elemMatch: { v: { $gt: v } } } })),
  fc.tuple(cmp, text).map(([op, v]) => ({ name: { $not: { [op]: v } } })),
  fc.constant({ _deleted: { $eq: false } }),
);
const selectorArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(clause, { maxLength: 3 }).map((cs) => Object.assign({}, ...cs) as object),
  },
  {
    weight: 1,
    arbitrary: fc.array(clause, { minLength: 1, maxLength: 3 }).map(($or) => ({ $or })),
  },
  {
    weight: 1,
    arbitrary: fc.array(clause, { minLength: 1, maxLength: 3 }).map(($and) => ({ $and })),
  },
);
const sortArb = fc
  .subarray(['name', 'age', 'score', 'active', 'nested.city', 'id'])
  .chain((fields) =>
    fc.tuple(...fields.map((f) => fc.constantFrom('asc', 'desc').map((dir) => ({ [f]: dir })))),
  );
const queryArb = fc.record(
  {
    selector: selectorArb,
    sort: sortArb,
    skip: fc.nat(8),
    limit: fc.nat(12),
    index: fc.constantFrom(
      ...(storageSchema.indexes ?? []).map((i) => (typeof i === 'string' ? [i] : [...i])),
    ),
  },
  { requiredKeys: ['selector'] },
) as fc.Arbitrary<MangoQuery<RxDocumentData<TestDoc>>>;

describe('property: random documents and queries against storage-memory', () => {
  it('gives the same results, counts and change feed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(docArb, { selector: (d) => d.id, maxLength: 30 }),
        fc.array(queryArb, { minLength: 1, maxLength: 8 }),
        fc.nat(5),
        fc.integer({ min: 1, max: 7 }),
        async (docs, queries, deleteEvery, pageSize) => {
          const pair = await openPair(sqlite);
          try {
            const deleteIds = new Set(
              docs
                .filter((_, i) => deleteEvery > 0 && i % (deleteEvery + 1) === 0)
                .map((d) => d.id),
            );
            await seed(pair, docs, deleteIds);
            for (const query of queries) await expectSameAnswers(pair, query);
            const ids = docs.map((d) => d.id).concat(['missing']);
            expect(byId(await pair.ours.findDocumentsById(ids, true))).toEqual(
              byId(await pair.oracle.findDocumentsById(ids, true)),
            );
            expect(await changeFeed(pair.ours, pageSize)).toEqual(
              await changeFeed(pair.oracle, pageSize),
            );
          } finally {
            await pair.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
