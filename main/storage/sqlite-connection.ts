import { closeSync, openSync, readSync } from 'node:fs';
import {
  DatabaseSync,
  type SQLInputValue,
  type SQLOutputValue,
  type StatementSync,
} from 'node:sqlite';
import { createIdleCheckpoints, WAL_AUTOCHECKPOINT_PAGES } from './idle-checkpoints';
import { storageError, translateSqliteError } from './storage-errors';

/** `PRAGMA application_id` of every Couvert database: the bytes 'CVRT'. */
export const APPLICATION_ID = 0x43565254;
/** `PRAGMA user_version`: layout of our own tables. Raise it with a migration when it changes. */
export const FORMAT_VERSION = 1;
/** Catalog of the collection tables in one database file. */
export const CATALOG_TABLE = 'couvert_tables';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface ConnectionOptions {
  /**
   * `full`: every commit is flushed to the disk before bulkWrite resolves (survives a power cut).
   * `normal`: commits survive a killed process but the last ones may be lost on a power cut.
   */
  synchronous: 'full' | 'normal';
  /** Run `PRAGMA quick_check` when the file is opened. */
  verifyOnOpen: boolean;
  /** How long to wait for a lock held by another connection before failing with `locked`. */
  busyTimeoutMs: number;
  /** Upper bound on the database size; writes beyond it fail like on a full disk. */
  maxDatabaseBytes?: number | undefined;
}

/** One open SQLite file. Every call is synchronous; errors about the file are SqliteStorageErrors. */
export interface SqliteConnection {
  readonly file: string;
  /** A prepared statement, cached by its SQL text for the life of the connection. */
  statement(sql: string): StatementSync;
  /** Like `statement`, for reads that return rows as arrays of column values (cheaper). */
  arrays(sql: string): ArrayStatement;
  exec(sql: string): void;
  /** Runs `fn` in one write transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: () => T): T;
  /** Runs `fn` and translates SQLite errors about the file. */
  guard<T>(fn: () => T): T;
  /**
   * Registers an open collection table with its layout fingerprint. Opening the same table with
   * another layout (schema changed without a version bump) is refused while it is open, since the
   * rebuild would pull the table from under the open instance. Returns the release function.
   */
  claimTable(name: string, fingerprint: string): () => void;
  close(): void;
}

/**
 * Opens (or creates) a Couvert database file. A file that is not SQLite, an SQLite file without
 * our marker, a file written by a newer format or a damaged file is refused with a
 * SqliteStorageError before anything is written to it. The connection keeps an exclusive lock on
 * the file until it is closed, so a second process gets a `locked` error instead of sharing it.
 */
export function openSqliteConnection(file: string, options: ConnectionOptions): SqliteConnection {
  checkHeaderBeforeOpening(file);
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { timeout: options.busyTimeoutMs });
  } catch (error) {
    throw translateSqliteError(error, file);
  }
  try {
    // Before the first read, so that the lock is taken by that read and kept.
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    if (readPragma(db, 'page_count') === 0) {
      initialize(db);
    } else {
      verify(db, file, options.verifyOnOpen);
    }
    const mode = db.prepare('PRAGMA journal_mode = WAL').get()?.journal_mode;
    if (mode !== 'wal')
      throw new Error(`SQLite refused WAL mode for ${file} (mode ${String(mode)}).`);
    db.exec(`PRAGMA synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    db.exec(`PRAGMA wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    if (options.maxDatabaseBytes !== undefined) {
      const pageSize = readPragma(db, 'page_size');
      db.exec(
        `PRAGMA max_page_count = ${Math.max(1, Math.floor(options.maxDatabaseBytes / pageSize))}`,
      );
    }
    // Take the write lock now: a second process fails here, not at its first write.
    db.exec('BEGIN IMMEDIATE; COMMIT');
  } catch (error) {
    db.close();
    throw translateSqliteError(error, file);
  }
  return wrapConnection(file, db);
}

export interface ArrayStatement {
  all(...params: SQLInputValue[]): SQLOutputValue[][];
  iterate(...params: SQLInputValue[]): IterableIterator<SQLOutputValue[]>;
}

function wrapConnection(file: string, db: DatabaseSync): SqliteConnection {
  const statements = new Map<string, StatementSync>();
  const arrayStatements = new Map<string, ArrayStatement>();
  const checkpoints = createIdleCheckpoints(db, file);
  const claims = new Map<string, { fingerprint: string; count: number }>();
  let open = true;
  const guard = <T>(fn: () => T): T => {
    if (!open) throw storageError('closed', file, 'connection closed');
    try {
      return fn();
    } catch (error) {
      throw translateSqliteError(error, file);
    }
  };
  return {
    file,
    guard,
    statement(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = guard(() => db.prepare(sql));
        statements.set(sql, statement);
      }
      return statement;
    },
    arrays(sql) {
      let statement = arrayStatements.get(sql);
      if (!statement) {
        const prepared = guard(() => db.prepare(sql));
        prepared.setReturnArrays(true);
        // node:sqlite types rows as objects whatever the mode; with setReturnArrays they are arrays.
        statement = prepared as unknown as ArrayStatement;
        arrayStatements.set(sql, statement);
      }
      return statement;
    },
    exec: (sql) => guard(() => db.exec(sql)),
    transaction(fn) {
      return guard(() => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = fn();
          db.exec('COMMIT');
          checkpoints.afterWrite();
          return result;
        } catch (error) {
          // SQLite already rolled back on some errors (SQLITE_FULL among them).
          if (db.isTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
    },
    claimTable(name, fingerprint) {
      const claim = claims.get(name) ?? { fingerprint, count: 0 };
      if (claim.fingerprint !== fingerprint) {
        throw new Error(
          `The collection table ${name} in ${file} is open with another schema. Close the ` +
            'collections using it first, or raise the schema version for the new schema.',
        );
      }
      claim.count++;
      claims.set(name, claim);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (--claim.count === 0) claims.delete(name);
      };
    },
    close() {
      if (!open) return;
      open = false;
      checkpoints.stop();
      statements.clear();
      arrayStatements.clear();
      try {
        db.close();
      } catch (error) {
        throw translateSqliteError(error, file);
      }
    },
  };
}

/**
 * Reads the 100-byte SQLite header with plain file I/O, so a foreign file is refused without
 * SQLite ever touching it (SQLite would roll back a foreign hot journal, for instance).
 */
function checkHeaderBeforeOpening(file: string): void {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw storageError('cannot-open', file, errorText(error), error);
  }
  const header = Buffer.alloc(100);
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } catch (error) {
    throw storageError('cannot-open', file, errorText(error), error);
  } finally {
    closeSync(fd);
  }
  if (read === 0) return; // An empty file is a database that was never written.
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw storageError('not-a-database', file);
  }
  checkMarker(file, header.readUInt32BE(68), header.readUInt32BE(60));
}

function checkMarker(file: string, applicationId: number, userVersion: number): void {
  if (applicationId >>> 0 !== APPLICATION_ID) throw storageError('foreign-database', file);
  if (userVersion > FORMAT_VERSION) {
    throw storageError(
      'newer-format',
      file,
      `format ${userVersion}; this version reads up to format ${FORMAT_VERSION}`,
    );
  }
}

function verify(db: DatabaseSync, file: string, quickCheck: boolean): void {
  // The header may be newer in the WAL than in the main file: check again through SQLite.
  checkMarker(file, readPragma(db, 'application_id'), readPragma(db, 'user_version'));
  if (!quickCheck) return;
  const rows = db.prepare('PRAGMA quick_check(5)').all();
  const problems = rows.map((row) => String(row.quick_check).replace(/\s+/g, ' ').trim());
  if (problems.length !== 1 || problems[0] !== 'ok') {
    const detail = problems.join('; ');
    throw storageError('corrupt', file, detail.length > 200 ? `${detail.slice(0, 200)}…` : detail);
  }
}

/** Marks a new, empty file as ours, in the same transaction as the catalog table. */
function initialize(db: DatabaseSync): void {
  db.exec(
    [
      'BEGIN IMMEDIATE',
      `PRAGMA application_id = ${APPLICATION_ID}`,
      `PRAGMA user_version = ${FORMAT_VERSION}`,
      `CREATE TABLE ${CATALOG_TABLE} (name TEXT PRIMARY KEY NOT NULL, collection TEXT NOT NULL, ` +
        'version INTEGER NOT NULL, layout TEXT NOT NULL)',
      'COMMIT',
    ].join(';\n'),
  );
}

function readPragma(db: DatabaseSync, name: string): number {
  const row = db.prepare(`PRAGMA ${name}`).get();
  const value = row?.[name];
  if (typeof value !== 'number') throw new Error(`PRAGMA ${name} returned ${String(value)}.`);
  return value;
}

function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
