import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DatabaseSync } from 'node:sqlite';
import { fillWithDefaultSettings, getIndexableStringMonad, type RxDocumentData } from 'rxdb';
import { decodeIndexString, encodeIndexString, keyMaker } from './index-keys';
import { storageSchema, type TestDoc } from './storage-test-fixtures';

const jsCompare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('index key encoding', () => {
  it('round-trips any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(decodeIndexString(encodeIndexString(s))).toBe(s);
      }),
      { numRuns: 200 },
    );
    expect(decodeIndexString(encodeIndexString('a\uD800b'))).toBe('a\uD800b');
  });

  it('compares encoded keys byte-wise exactly as JavaScript compares the strings', () => {
    const sign = (n: number) => Math.sign(n);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        expect(sign(Buffer.compare(encodeIndexString(a), encodeIndexString(b)))).toBe(
          jsCompare(a, b),
        );
      }),
      { numRuns: 500 },
    );
    // Edges of the two byte ranges.
    const edges = ['', '\u0000', '\u007f', '\u0080', '\u3fff', '\u4000', '\uffff', '😀'];
    for (const a of edges) {
      for (const b of edges) {
        expect(sign(Buffer.compare(encodeIndexString(a), encodeIndexString(b)))).toBe(
          jsCompare(a, b),
        );
      }
    }
    expect(encodeIndexString('0042 id').length).toBe(7);
  });

  it('makes SQLite order keys exactly like JavaScript orders the strings', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('CREATE TABLE k (i INTEGER, key BLOB)');
    const insert = db.prepare('INSERT INTO k VALUES (?, ?)');
    const chars = ['a', ' ', '\u0000', 'ä', 'ß', '😀', '\uE000', '\uFFFF', 'Z', '\uD800'];
    const samples = [
      ...fc.sample(
        fc.array(fc.constantFrom(...chars), { maxLength: 5 }).map((c) => c.join('')),
        400,
      ),
      'a😀',
      'a\uFFFF',
      'a\uE000',
    ];
    samples.forEach((s, i) => insert.run(i, encodeIndexString(s)));
    const bySqlite = db
      .prepare('SELECT i FROM k ORDER BY key')
      .all()
      .map((r) => samples[Number(r.i)]);
    expect(bySqlite).toEqual([...samples].sort(jsCompare));
    // The case TEXT gets wrong: an emoji sorts before U+E000..U+FFFF in JavaScript.
    const below = db
      .prepare('SELECT count(*) AS n FROM k WHERE key <= ? AND key = ?')
      .get(encodeIndexString('a\uFFFF'), encodeIndexString('a😀'));
    expect(['a😀', 'a\uFFFF'].sort(jsCompare)).toEqual(['a😀', 'a\uFFFF']);
    expect(below?.n).toBeGreaterThanOrEqual(1);
    db.close();
  });

  it('writes the same key as encoding RxDB’s indexable string, for every schema index', () => {
    const text = fc.string({ unit: 'binary', maxLength: 24 });
    const doc = fc.record({
      id: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }),
      name: text,
      age: fc.integer({ min: -20, max: 200 }),
      score: fc.option(fc.double({ min: -200, max: 2000, noNaN: true }), { nil: undefined }),
      active: fc.boolean(),
      nested: fc.record({ city: text, zip: fc.option(fc.nat(99999), { nil: undefined }) }),
      deleted: fc.boolean(),
      lwt: fc.integer({ min: 1, max: 2 ** 50 }).map((n) => n / 100),
    });
    const indexes = (storageSchema.indexes ?? []).map((i) =>
      typeof i === 'string' ? [i] : [...i],
    );
    const pairs = indexes.map((fields) => ({
      ours: keyMaker(storageSchema, fields),
      rxdb: getIndexableStringMonad(storageSchema, fields),
    }));
    fc.assert(
      fc.property(doc, (d) => {
        const stored = {
          ...d,
          tags: [],
          items: [],
          _deleted: d.deleted,
          _meta: { lwt: d.lwt },
          _rev: '1-a',
          _attachments: {},
        } as unknown as RxDocumentData<TestDoc>;
        for (const { ours, rxdb } of pairs) {
          expect(ours(stored)).toEqual(encodeIndexString(rxdb(stored)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes RxDB’s number parts digit by digit, edges and out-of-range values included', () => {
    interface NumberDoc {
      id: string;
      small: number;
      cents: number;
      huge: number;
    }
    const schema = fillWithDefaultSettings<NumberDoc>({
      version: 0,
      primaryKey: 'id',
      type: 'object',
      properties: {
        id: { type: 'string', maxLength: 8 },
        small: { type: 'integer', minimum: -50, maximum: 50, multipleOf: 1 },
        cents: { type: 'number', minimum: -10.5, maximum: 1e12, multipleOf: 0.001 },
        // Wider than 2^53: the digits come from RxDB's own string instead.
        huge: { type: 'number', minimum: 0, maximum: 1e20, multipleOf: 1 },
      },
      required: ['id', 'small', 'cents', 'huge'],
      indexes: [['small', 'cents', 'huge']],
    });
    const index = ['small', 'cents', 'huge', 'id'];
    const ours = keyMaker(schema, index);
    const rxdb = getIndexableStringMonad(schema, index);
    const edges = [0, -0, 0.9995, 1.0005, -10.5, -11, 50.4999, 2 ** 53, 1e12, 1e15, 1e21, 5e20];
    const value = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer({ min: -100, max: 100 }),
      fc.constantFrom(...edges),
    );
    const doc = fc.record({ small: value, cents: value, huge: value });
    fc.assert(
      fc.property(doc, (fields) => {
        const d = { id: 'x', ...fields, _deleted: false, _meta: { lwt: 1 }, _rev: '1-a' };
        const stored = { ...d, _attachments: {} } as RxDocumentData<NumberDoc>;
        expect(ours(stored)).toEqual(encodeIndexString(rxdb(stored)));
      }),
      { numRuns: 500 },
    );
    const missing = { id: 'y', _deleted: false, _meta: { lwt: 1 }, _attachments: {} };
    const odd = { ...missing, small: '7', cents: null, huge: undefined };
    for (const d of [missing, odd] as unknown as RxDocumentData<NumberDoc>[]) {
      expect(ours(d)).toEqual(encodeIndexString(rxdb(d)));
    }
  });
});
