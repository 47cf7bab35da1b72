import { createHash } from 'node:crypto';

/** Suffix of every database file the storage creates. */
export const DATABASE_FILE_SUFFIX = '.sqlite';

const PLAIN_NAME = /^[a-z0-9][a-z0-9_-]{0,79}$/;
/** Device names Windows refuses as file names, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * Maps an RxDB database name to a file name inside the storage directory.
 *
 * Short lower-case names made of `a-z 0-9 _ -` are kept as they are (`desk` → `desk.sqlite`).
 * Every other name (upper case, dots, slashes, `..`, spaces, emoji, very long names) becomes a
 * readable slug plus a hash of the exact name (`My DB` → `my-db.4f1c….sqlite`). Plain names never
 * contain a dot and hashed ones always do, so two different database names never share a file,
 * also on case-insensitive file systems, and no name can leave the directory.
 */
export function databaseFileName(databaseName: string): string {
  if (databaseName.length === 0) throw new Error('An RxDB database name must not be empty.');
  if (PLAIN_NAME.test(databaseName) && !WINDOWS_RESERVED.test(databaseName)) {
    return `${databaseName}${DATABASE_FILE_SUFFIX}`;
  }
  const slug =
    databaseName
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'db';
  const hash = createHash('sha256').update(databaseName, 'utf8').digest('hex').slice(0, 16);
  const safeSlug = WINDOWS_RESERVED.test(slug) ? `db-${slug}` : slug;
  return `${safeSlug}.${hash}${DATABASE_FILE_SUFFIX}`;
}
