/** Every query operator and sort direction, on fixed documents, against storage-memory. */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { MangoQuery, MangoQuerySelector, RxDocumentData } from 'rxdb';
import { getRxStorageSQLite } from './index';
import { expectSameAnswers, openPair, seed, type Pair } from './storage-oracle-kit';
import { makeDoc, tempDirectory, type TestDoc } from './storage-test-fixtures';

const fixedDocs: TestDoc[] = [
  ['a1', 'Müller', 34, 12.5, true, ['vip'], 'Köln', 50667],
  ['a2', 'Muller', 34, undefined, false, ['vip', 'regular'], 'Köln', undefined],
  ['a3', 'Zoë 😀', 7, -3.25, true, [], 'Zürich', 8001],
  ['a4', 'Åsa', 150, 999.99, false, ['regular'], 'Ærø', 5970],
  ['a5', 'ß-Straße', 0, 0, true, ['allergy', 'vip'], '東京', 1000],
  ['a6', 'zed', 61, 55.55, true, ['allergy'], '🏙️ City', undefined],
  ['a7', 'Émile', 61, undefined, false, [], 'Lyon', 69001],
  ['a8', '\uE000private', 18, 18.18, true, ['x'], 'Łódź', 90001],
  ['a9', '👍🏽 thumbs', 99, 1.01, false, ['vip'], '', 0],
  ['b0', 'müller', 34, 12.5, true, ['regular'], 'köln', 50667],
].map(([id, name, age, score, active, tags, city, zip], i) =>
  makeDoc(id as string, {
    name: name as string,
    age: age as number,
    ...(score === undefined ? {} : { score: score as number }),
    active: active as boolean,
    tags: tags as string[],
    nested: { city: city as string, ...(zip === undefined ? {} : { zip: zip as number }) },
    items: [
      { k: 'x', v: i },
      { k: 'y', v: 10 - i },
    ],
  }),
);

const operatorSelectors: MangoQuerySelector<RxDocumentData<TestDoc>>[] = [
  { name: { $eq: 'Müller' } },
  { name: { $ne: 'Müller' } },
  { name: { $gt: 'M' } },
  { name: { $gte: 'Muller' } },
  { name: { $lt: 'Z' } },
  { name: { $lte: 'zed' } },
  { name: { $gt: 'Z', $lt: '\uFFFF' } },
  { name: { $in: ['Müller', 'zed', 'nobody'] } },
  { name: { $nin: ['Müller', 'zed'] } },
  { name: { $regex: '^M.ller$' } },
  { name: { $regex: 'MÜLLER', $options: 'i' } },
  { score: { $exists: true } },
  { score: { $exists: false } },
  { score: { $gt: 12.5 } },
  { score: { $lte: 0 } },
  { age: { $eq: 34 } },
  { age: { $gte: 34, $lt: 99 } },
  { age: { $gt: -10 } },
  { age: { $lt: 1000 } },
  { age: { $in: [0, 150, 61] } },
  { age: { $nin: [34] } },
  { age: { $mod: [2, 1] } },
  { active: { $eq: true } },
  { active: { $ne: true } },
  { 'nested.city': { $eq: 'Köln' } },
  { 'nested.city': { $gte: 'L' } },
  { 'nested.zip': { $exists: false } },
  { tags: { $in: ['vip'] } },
  { tags: { $size: 0 } },
  { tags: { $elemMatch: { $eq: 'allergy' } } },
  { items: { $elemMatch: { k: 'x', v: { $gte: 5 } } } },
  { $and: [{ age: { $gte: 18 } }, { active: { $eq: true } }] },
  { $or: [{ name: { $eq: 'zed' } }, { age: { $lt: 10 } }] },
  { name: { $not: { $eq: 'zed' } } },
  { age: { $not: { $gt: 40 } } },
  { $nor: [{ active: { $eq: true } }] },
  { _deleted: { $eq: false }, age: { $gte: 30 } },
  { _deleted: { $eq: false }, active: { $eq: false }, age: { $gt: 10, $lte: 99 } },
];

const sorts: MangoQuery<RxDocumentData<TestDoc>>['sort'][] = [
  undefined,
  [{ name: 'asc' }],
  [{ name: 'desc' }],
  [{ age: 'desc' }, { name: 'asc' }],
  [{ active: 'asc' }, { age: 'asc' }],
  [{ score: 'asc' }],
  [{ 'nested.city': 'desc' }, { id: 'desc' }],
];

describe('query operators and sort directions against storage-memory', () => {
  let pair: Pair;
  const temp = tempDirectory();
  beforeAll(async () => {
    pair = await openPair(getRxStorageSQLite({ directory: temp.dir, verifyOnOpen: false }));
    await seed(pair, fixedDocs, new Set(['a6']));
  });
  afterAll(async () => {
    await pair.close();
    temp.remove();
  });

  it.each(operatorSelectors.map((selector) => [JSON.stringify(selector), selector] as const))(
    'selector %s gives the same documents, order and count in every sort',
    async (_label, selector) => {
      for (const sort of sorts) {
        await expectSameAnswers(pair, { selector, ...(sort ? { sort } : {}) });
      }
      await expectSameAnswers(pair, { selector, sort: [{ name: 'asc' }], skip: 1, limit: 2 });
      await expectSameAnswers(pair, { selector, limit: 0 });
    },
  );
});
