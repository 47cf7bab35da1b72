/**
 * Foreign, damaged, newer, locked and full database files: a typed error a person can act on,
 * and the file is never overwritten or deleted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { once } from 'node:events';
import { DatabaseSync } from 'node:sqlite';
import { getRxStorageSQLite, isSqliteStorageError, type StorageErrorCode } from './index';
import {
  makeDoc,
  openInstance,
  prepared,
  storageSchema,
  stored,
  tempDirectory,
} from './storage-test-fixtures';

let temp: ReturnType<typeof tempDirectory>;
let file: string;
const storage = () => getRxStorageSQLite({ directory: temp.dir });

beforeEach(() => {
  temp = tempDirectory();
  file = storage().fileOf('testdb');
});
afterEach(() => temp.remove());

function fingerprint(path: string) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Opening must fail with `code`, leaving the file byte for byte as it was, without side files. */
async function expectRefused(code: StorageErrorCode, message: RegExp) {
  const before = fingerprint(file);
  const sideFilesBefore = ['-wal', '-shm', '-journal'].filter((s) => existsSync(file + s));
  const error: unknown = await openInstance(storage()).then(
    () => new Error('opened'),
    (e: unknown) => e,
  );
  expect(isSqliteStorageError(error, code), String(error)).toBe(true);
  expect((error as Error).message).toMatch(message);
  expect((error as Error).message).toContain(file);
  expect(fingerprint(file)).toBe(before);
  expect(['-wal', '-shm', '-journal'].filter((s) => existsSync(file + s))).toEqual(sideFilesBefore);
}

async function writeSomeDocs(count: number) {
  const instance = await openInstance(storage());
  const docs = Array.from({ length: count }, (_, i) =>
    stored(makeDoc(`doc${i}`, { name: `Zoë ${i}`, tags: ['x'.repeat(200)] })),
  );
  await instance.bulkWrite(
    docs.map((document) => ({ document })),
    'seed',
  );
  await instance.close();
}

describe('refusing files that are not ours', () => {
  it('refuses a file that is not SQLite', async () => {
    writeFileSync(file, 'reservations,2025-06-14\nMüller,4\n'.repeat(50));
    await expectRefused('not-a-database', /not a Couvert database.*left it untouched/);
  });

  it('refuses a truncated SQLite header', async () => {
    writeFileSync(file, 'SQLite format 3\u0000 and then nothing');
    await expectRefused('not-a-database', /Move or rename it/);
  });

  it('refuses an SQLite database written by another program', async () => {
    const other = new DatabaseSync(file);
    other.exec(
      'CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)',
    );
    other.close();
    await expectRefused('foreign-database', /written by another program/);
  });

  it('refuses a Couvert database written in a newer format', async () => {
    await writeSomeDocs(3);
    const raw = new DatabaseSync(file);
    raw.exec('PRAGMA user_version = 99');
    raw.close();
    await expectRefused('newer-format', /newer version of Couvert \(format 99/);
  });

  it('refuses a damaged database instead of repairing or replacing it', async () => {
    await writeSomeDocs(300);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, 4096 * 3);
    closeSync(fd);
    await expectRefused('corrupt', /is damaged .*Restore it from a backup/);
  });

  it('refuses a folder in place of the file', async () => {
    mkdirSync(file);
    const error: unknown = await openInstance(storage()).catch((e: unknown) => e);
    expect(isSqliteStorageError(error, 'cannot-open'), String(error)).toBe(true);
  });

  it('treats an empty file as a new database', async () => {
    writeFileSync(file, '');
    const instance = await openInstance(storage());
    await instance.bulkWrite([{ document: stored(makeDoc('a')) }], 'test');
    await instance.close();
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});

describe('a file locked by another process', () => {
  let child: ChildProcess | undefined;
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
  });

  it('refuses to open while another process holds the file, and opens once it is gone', async () => {
    await writeSomeDocs(2);
    const holder = [
      "import { DatabaseSync } from 'node:sqlite';",
      'const db = new DatabaseSync(process.argv[1]);',
      "db.exec('PRAGMA locking_mode = EXCLUSIVE; BEGIN IMMEDIATE; COMMIT');",
      "process.stdout.write('locked\\n');",
      'setInterval(() => {}, 1000);',
    ].join('\n');
    child = spawn(process.execPath, ['--input-type=module', '-e', holder, file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(child.stdout ?? child, 'data')) as [Buffer];
    expect(line.toString()).toBe('locked\n');
    const error: unknown = await openInstance(storage()).catch((e: unknown) => e);
    expect(isSqliteStorageError(error, 'locked'), String(error)).toBe(true);
    expect((error as Error).message).toMatch(/in use by another program.*Close it/);
    child.kill('SIGKILL');
    await once(child, 'exit');
    const instance = await openInstance(storage());
    expect(await instance.findDocumentsById(['doc0', 'doc1'], false)).toHaveLength(2);
    await instance.close();
  });

  it('keeps other processes out while the storage has the file open', async () => {
    const instance = await openInstance(storage());
    const reader = [
      "import { DatabaseSync } from 'node:sqlite';",
      'const db = new DatabaseSync(process.argv[1], { timeout: 50 });',
      "try { db.prepare('SELECT count(*) FROM sqlite_schema').get(); console.log('read'); }",
      'catch (e) { console.log(e.errstr); }',
    ].join('\n');
    child = spawn(process.execPath, ['--input-type=module', '-e', reader, file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(child.stdout ?? child, 'data')) as [Buffer];
    expect(line.toString().trim()).toBe('database is locked');
    await instance.close();
  });
});

describe('a full disk', () => {
  it('fails the write with disk-full, keeps earlier writes and leaves no partial batch', async () => {
    const limited = getRxStorageSQLite({ directory: temp.dir, maxDatabaseBytes: 256 * 1024 });
    const instance = await openInstance(limited);
    const big = (id: string) => stored(makeDoc(id, { tags: ['ü'.repeat(1500)] }));
    let written = 0;
    let failure: unknown;
    for (let batch = 0; batch < 100 && !failure; batch++) {
      const rows = Array.from({ length: 10 }, (_, i) => ({ document: big(`b${batch}-${i}`) }));
      try {
        await instance.bulkWrite(rows, 'fill');
        written += rows.length;
      } catch (error) {
        failure = error;
      }
    }
    expect(isSqliteStorageError(failure, 'disk-full'), String(failure)).toBe(true);
    expect((failure as Error).message).toMatch(
      /is full, so the last change was not saved\. Free some space/,
    );
    const all = await instance.query(prepared(storageSchema, { selector: {} }));
    expect(all.documents).toHaveLength(written);
    expect(written % 10).toBe(0);
    await instance.close();

    const reopened = await openInstance(storage());
    expect(
      (await reopened.query(prepared(storageSchema, { selector: {} }))).documents,
    ).toHaveLength(written);
    await reopened.bulkWrite([{ document: big('after') }], 'more room');
    await reopened.close();
    const raw = new DatabaseSync(file);
    expect(raw.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    raw.close();
  });
});

describe('settings', () => {
  it('refuses missing or unknown settings with a readable message', () => {
    expect(() => getRxStorageSQLite({ directory: '' })).toThrow(/directory must name a folder/);
    expect(() => getRxStorageSQLite({ directory: temp.dir, synchronous: 'off' as 'full' })).toThrow(
      /synchronous/,
    );
    expect(() => getRxStorageSQLite({ directory: temp.dir, ...{ journal: 'delete' } })).toThrow(
      /journal/,
    );
  });

  it('refuses to share an open file between different durability settings', async () => {
    const full = await openInstance(storage());
    const normal = getRxStorageSQLite({ directory: temp.dir, synchronous: 'normal' });
    await expect(openInstance(normal)).rejects.toThrow(/already open with other settings/);
    await full.close();
  });
});
