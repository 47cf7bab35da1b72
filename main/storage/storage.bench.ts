/**
 * `tsx main/tools/bench.ts storage`:
 * (a) RxDB's runPerformanceTests for our storage, storage-memory (the reference) and dexie over
 *     fake-indexeddb, same settings;
 * (b) the day's book: ~250 reservations of one day sorted by start time out of 100,000, through
 *     RxDB, against the same rows from a hand-written node:sqlite query;
 * (c) bulk insert of 10,000 reservations through RxDB against raw inserts in one transaction.
 * The RxDB side runs without a schema validator, so the figures are RxDB core plus this storage;
 * the raw side uses the storage's pragmas (WAL, synchronous FULL, exclusive lock).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createRxDatabase, type RxCollection, type RxJsonSchema, type RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import * as fakeIndexedDbModule from 'fake-indexeddb';
import { row, type BenchRow, type BenchSuite } from '../tools/bench/bench-types';
import { median, sample } from '../tools/bench/measure';
import { getRxStorageSQLite } from './index';
import { loadRunPerformanceTests } from './rxdb-performance-loader';

const SUITE = 'storage';
/** fake-indexeddb types its exports with DOM types, which the main process build does not load. */
const fakeIndexedDb = {
  indexedDB: fakeIndexedDbModule.indexedDB as unknown,
  IDBKeyRange: fakeIndexedDbModule.IDBKeyRange as unknown,
} as Parameters<typeof getRxStorageDexie>[0];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2025, 0, 1);
const TOTAL_RESERVATIONS = 100_000;
const PER_DAY = 250;
const DAYS = TOTAL_RESERVATIONS / PER_DAY;
const BULK = 10_000;

interface Reservation {
  id: string;
  guestName: string;
  partySize: number;
  status: string;
  startsAt: number;
}

const reservationSchema: RxJsonSchema<Reservation> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 20 },
    guestName: { type: 'string', maxLength: 80 },
    partySize: { type: 'integer', minimum: 1, maximum: 50, multipleOf: 1 },
    status: { type: 'string', maxLength: 16 },
    startsAt: { type: 'integer', minimum: 0, maximum: 4_102_444_800_000, multipleOf: 1 },
  },
  required: ['id', 'guestName', 'partySize', 'status', 'startsAt'],
  indexes: ['startsAt'],
};

const STATUSES = ['requested', 'confirmed', 'arrived', 'seated', 'completed', 'cancelled'];
const NAMES = ['Müller', 'Zoë', 'Łukasz', 'Ève', 'Jürgen', 'Søren', 'Ana 😀', 'Chen'];

/** Deterministic reservations: `PER_DAY` per day, start times spread over lunch and dinner. */
function reservations(prefix: string, count: number): Reservation[] {
  return Array.from({ length: count }, (_, i) => {
    const day = Math.floor(i / PER_DAY) % DAYS;
    const slot = (i * 7919) % PER_DAY;
    return {
      id: `${prefix}${String(i).padStart(7, '0')}`,
      guestName: `${NAMES[i % NAMES.length] ?? ''} ${i}`,
      partySize: 1 + (i % 8),
      status: STATUSES[i % STATUSES.length] ?? 'confirmed',
      startsAt: FIRST_DAY + day * DAY_MS + (11 * 60 + ((slot * 3) % 660)) * 60_000,
    };
  });
}

const RAW_TABLE_SQL =
  'CREATE TABLE reservations (id TEXT PRIMARY KEY, guestName TEXT NOT NULL, ' +
  'partySize INTEGER NOT NULL, status TEXT NOT NULL, startsAt INTEGER NOT NULL); ' +
  'CREATE INDEX reservations_startsAt ON reservations (startsAt)';

/** A hand-written SQLite file with the storage's pragmas: the reference for (b) and (c). */
function openRaw(file: string): DatabaseSync {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL');
  db.exec(RAW_TABLE_SQL);
  return db;
}

function rawInsert(db: DatabaseSync, docs: Reservation[]): void {
  const insert = db.prepare('INSERT INTO reservations VALUES (?, ?, ?, ?, ?)');
  db.exec('BEGIN');
  for (const d of docs) insert.run(d.id, d.guestName, d.partySize, d.status, d.startsAt);
  db.exec('COMMIT');
}

async function openCollection(
  storage: RxStorage<unknown, unknown>,
  name: string,
): Promise<RxCollection<Reservation>> {
  const db = await createRxDatabase<{ reservations: RxCollection<Reservation> }>({
    name,
    storage,
    multiInstance: false,
  });
  const { reservations: collection } = await db.addCollections({
    reservations: { schema: reservationSchema },
  });
  return collection;
}

async function rxdbPerformance(tmpDir: string, log: (m: string) => void): Promise<BenchRow[]> {
  const config = {
    runs: 10,
    docsAmount: 1200,
    collectionsAmount: 4,
    waitBetweenTests: 0,
    log: false,
  };
  const storages: [string, RxStorage<unknown, unknown>][] = [
    ['memory', getRxStorageMemory()],
    ['couvert-sqlite', getRxStorageSQLite({ directory: path.join(tmpDir, 'perf') })],
    ['dexie+fake-indexeddb', getRxStorageDexie(fakeIndexedDb)],
  ];
  const runPerformanceTests = await loadRunPerformanceTests();
  const results = new Map<string, Record<string, number | string>>();
  for (const [label, storage] of storages) {
    const started = performance.now();
    results.set(label, await runPerformanceTests(storage, label, config));
    log(`runPerformanceTests ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const reference = results.get('memory') ?? {};
  const rows: BenchRow[] = [];
  for (const [label, result] of results) {
    for (const [metric, value] of Object.entries(result)) {
      if (typeof value !== 'number' || metric === 'collectionsAmount' || metric === 'docsAmount') {
        continue;
      }
      const ref = reference[metric];
      rows.push(
        row({
          suite: SUITE,
          name: `rxdb ${metric} (${label})`,
          value,
          unit: 'ms',
          reference: label === 'memory' || typeof ref !== 'number' ? null : ref,
        }),
      );
    }
  }
  return rows;
}

async function daysBook(tmpDir: string, log: (m: string) => void): Promise<BenchRow[]> {
  const dir = path.join(tmpDir, 'book');
  mkdirSync(dir, { recursive: true });
  const docs = reservations('r', TOTAL_RESERVATIONS);
  const collection = await openCollection(getRxStorageSQLite({ directory: dir }), 'book');
  for (let i = 0; i < docs.length; i += BULK) await collection.bulkInsert(docs.slice(i, i + BULK));
  const raw = openRaw(path.join(dir, 'raw-book.sqlite'));
  rawInsert(raw, docs);
  log(`day's book: ${TOTAL_RESERVATIONS} reservations in each store`);

  // A different day on every run: RxDB's query cache must not answer instead of the storage.
  const order = Array.from({ length: DAYS }, (_, i) => (i * 97) % DAYS);
  let next = 0;
  const nextDay = () => FIRST_DAY + (order[next++ % DAYS] ?? 0) * DAY_MS;
  const viaRxdb = async () => {
    const start = nextDay();
    const found = await collection
      .find({
        selector: { startsAt: { $gte: start, $lt: start + DAY_MS } },
        sort: [{ startsAt: 'asc' }],
      })
      .exec();
    if (found.length !== PER_DAY) throw new Error(`day's book returned ${found.length} rows`);
  };
  const byStart = raw.prepare(
    'SELECT id, guestName, partySize, status, startsAt FROM reservations ' +
      'WHERE startsAt >= ? AND startsAt < ? ORDER BY startsAt',
  );
  const viaRaw = () => {
    const start = nextDay();
    const found = byStart.all(start, start + DAY_MS);
    if (found.length !== PER_DAY) throw new Error(`raw day's book returned ${found.length} rows`);
  };
  const ours = await sample(viaRxdb, 150, 20);
  next = 0;
  const reference = await sample(viaRaw, 150, 20);
  await collection.database.close();
  raw.close();
  return [
    row({
      suite: SUITE,
      name: `day's book (${PER_DAY} of ${TOTAL_RESERVATIONS / 1000}k, sorted), median`,
      value: median(ours),
      unit: 'ms',
      reference: median(reference),
      target: { op: '<', value: 2, label: 'median < 2 ms' },
    }),
  ];
}

async function bulkInsert(tmpDir: string): Promise<BenchRow[]> {
  const dir = path.join(tmpDir, 'bulk');
  mkdirSync(dir, { recursive: true });
  const storage = getRxStorageSQLite({ directory: dir });
  let round = 0;
  const viaRxdb = async () => {
    const collection = await openCollection(storage, `bulk${round}`);
    const docs = reservations(`b${round++}-`, BULK);
    const started = performance.now();
    await collection.bulkInsert(docs);
    const elapsed = performance.now() - started;
    await collection.database.close();
    return elapsed;
  };
  const viaRaw = () => {
    const raw = openRaw(path.join(dir, `raw${round}.sqlite`));
    const docs = reservations(`b${round++}-`, BULK);
    const started = performance.now();
    rawInsert(raw, docs);
    const elapsed = performance.now() - started;
    raw.close();
    return elapsed;
  };
  const ours: number[] = [];
  const reference: number[] = [];
  for (let i = 0; i < 11; i++) {
    ours.push(await viaRxdb());
    reference.push(viaRaw());
  }
  return [
    row({
      suite: SUITE,
      name: `bulk insert ${BULK / 1000}k reservations, median`,
      value: median(ours.slice(2)),
      unit: 'ms',
      reference: median(reference.slice(2)),
      target: { op: '<=', value: 3, label: 'within 3x of raw node:sqlite' },
      targetOn: 'ratio',
    }),
  ];
}

export const storageBench: BenchSuite = {
  name: SUITE,
  description:
    "Couvert's node:sqlite RxStorage: RxDB performance tests, the day's book, bulk insert",
  async run({ tmpDir, log }) {
    return [
      ...(await daysBook(tmpDir, log)),
      ...(await bulkInsert(tmpDir)),
      ...(await rxdbPerformance(tmpDir, log)),
    ];
  },
};
