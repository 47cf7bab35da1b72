/**
 * Errors the SQLite storage raises about its database file. Each carries a `code` to branch on and
 * a message a person can act on. None of these situations ever leads the storage to overwrite,
 * truncate or delete the file.
 */
export type StorageErrorCode =
  | 'not-a-database'
  | 'foreign-database'
  | 'newer-format'
  | 'corrupt'
  | 'locked'
  | 'disk-full'
  | 'read-only'
  | 'cannot-open'
  | 'io-error'
  | 'closed';

export class SqliteStorageError extends Error {
  override readonly name = 'SqliteStorageError';

  constructor(
    readonly code: StorageErrorCode,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isSqliteStorageError(
  error: unknown,
  code?: StorageErrorCode,
): error is SqliteStorageError {
  return error instanceof SqliteStorageError && (code === undefined || error.code === code);
}

const messages: Record<StorageErrorCode, (file: string, detail: string) => string> = {
  'not-a-database': (file) =>
    `The file ${file} is not a Couvert database (it is not an SQLite file, or its header is damaged). ` +
    'Couvert left it untouched. Move or rename it, or choose another data folder, then start again.',
  'foreign-database': (file) =>
    `The file ${file} is an SQLite database written by another program, not by Couvert. ` +
    'Couvert left it untouched. Move or rename it, or choose another data folder, then start again.',
  'newer-format': (file, detail) =>
    `The database ${file} was written by a newer version of Couvert (${detail}). ` +
    'Update Couvert to open it; the file was left untouched.',
  corrupt: (file, detail) =>
    `The database ${file} is damaged (${detail}). Couvert left it untouched. Restore it from a ` +
    'backup, or move it away to start with an empty database and sync again from the relay.',
  locked: (file) =>
    `The database ${file} is in use by another program, most likely another Couvert window or ` +
    'process. Close it, then try again.',
  'disk-full': (file) =>
    `The disk holding ${file} is full, so the last change was not saved. Free some space, then ` +
    'try again.',
  'read-only': (file) =>
    `The database ${file} cannot be written (read-only file or folder). Give your user write ` +
    'access to it, then try again.',
  'cannot-open': (file, detail) =>
    `Couvert cannot open the database ${file} (${detail}). Check that the folder exists and that ` +
    'your user may read and write it.',
  'io-error': (file, detail) =>
    `Reading or writing the database ${file} failed (${detail}). Check the disk and its ` +
    'connection, then try again.',
  closed: (file, detail) =>
    `The database ${file} was already closed (${detail}). This is a bug in the caller: open the ` +
    'database again before using it.',
};

export function storageError(
  code: StorageErrorCode,
  file: string,
  detail = '',
  cause?: unknown,
): SqliteStorageError {
  return new SqliteStorageError(code, file, messages[code](file, detail), { cause });
}

/** SQLite primary result codes we translate; extended codes carry them in the low byte. */
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

function sqliteErrcode(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('errcode' in error)) return null;
  const code = error.errcode;
  return typeof code === 'number' ? code & 0xff : null;
}

/**
 * Turns an SQLite error about the file (lock, full disk, damage, I/O) into a SqliteStorageError.
 * Other errors (programming mistakes, constraint violations) are returned unchanged.
 */
export function translateSqliteError(error: unknown, file: string): unknown {
  if (error instanceof SqliteStorageError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  switch (sqliteErrcode(error)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return storageError('locked', file, detail, error);
    case SQLITE_FULL:
      return storageError('disk-full', file, detail, error);
    case SQLITE_CORRUPT:
      return storageError('corrupt', file, detail, error);
    case SQLITE_NOTADB:
      return storageError('not-a-database', file, detail, error);
    case SQLITE_READONLY:
      return storageError('read-only', file, detail, error);
    case SQLITE_IOERR:
      return storageError('io-error', file, detail, error);
    case SQLITE_CANTOPEN:
      return storageError('cannot-open', file, detail, error);
    default:
      return error;
  }
}
