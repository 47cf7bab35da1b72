import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  addRxStorageMultiInstanceSupport,
  ensureRxStorageInstanceParamsAreCorrect,
  RXDB_VERSION,
  type RxStorage,
  type RxStorageInstanceCreationParams,
} from 'rxdb';
import { z } from 'zod';
import { processConnectionPool, type ConnectionPool } from './connection-pool';
import { databaseFileName } from './database-file-name';
import { storageError } from './storage-errors';
import {
  SqliteStorageInstance,
  type SqliteInstanceOptions,
  type SqliteStorageInternals,
} from './storage-instance';
import { ensureTables } from './table-ddl';
import { describeTable } from './table-layout';

export const STORAGE_NAME = 'couvert-sqlite';

const settingsSchema = z.strictObject({
  /** Folder holding one SQLite file per RxDB database name. */
  directory: z.string().min(1, 'directory must name a folder'),
  /** See README.md: `full` (default) survives a power cut, `normal` only a killed process. */
  synchronous: z.enum(['full', 'normal']).default('full'),
  /** Run SQLite's quick_check when a file is opened (default true). */
  verifyOnOpen: z.boolean().default(true),
  /** Wait this long for a lock held elsewhere before failing with `locked` (default 250 ms). */
  busyTimeoutMs: z.int().min(0).max(60_000).default(250),
  /** Refuse to grow a database file beyond this size, like a full disk would. */
  maxDatabaseBytes: z.int().positive().optional(),
});

export type SqliteStorageSettings = z.input<typeof settingsSchema>;

export type RxStorageSQLite = RxStorage<SqliteStorageInternals, SqliteInstanceOptions> & {
  /** Absolute path of the file that holds a database. */
  fileOf(databaseName: string): string;
  /** Number of database files this storage object has open. */
  openFiles(): number;
};

/**
 * Couvert's RxDB storage over `node:sqlite`. All collections and RxDatabase objects of a process
 * share one connection per file (through the process's connection pool); each open file is
 * locked against other processes.
 */
export function getRxStorageSQLite(
  input: SqliteStorageSettings,
  pool: ConnectionPool = processConnectionPool,
): RxStorageSQLite {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(`Invalid SQLite storage settings: ${z.prettifyError(parsed.error)}`);
  }
  const settings = parsed.data;
  const directory = path.resolve(settings.directory);
  const connectionOptions = {
    synchronous: settings.synchronous,
    verifyOnOpen: settings.verifyOnOpen,
    busyTimeoutMs: settings.busyTimeoutMs,
    maxDatabaseBytes: settings.maxDatabaseBytes,
  };
  const fileOf = (databaseName: string) => path.join(directory, databaseFileName(databaseName));

  return {
    name: STORAGE_NAME,
    rxdbVersion: RXDB_VERSION,
    fileOf,
    openFiles: () => pool.openFiles().filter((file) => path.dirname(file) === directory).length,
    async createStorageInstance<RxDocType>(
      params: RxStorageInstanceCreationParams<RxDocType, SqliteInstanceOptions>,
    ) {
      ensureRxStorageInstanceParamsAreCorrect(params);
      const file = fileOf(params.databaseName);
      try {
        mkdirSync(directory, { recursive: true });
      } catch (error) {
        throw storageError('cannot-open', file, String(error), error);
      }
      const lease = pool.acquire(file, connectionOptions);
      let unclaim: () => void = () => undefined;
      try {
        const layout = describeTable(params.collectionName, params.schema);
        unclaim = lease.connection.claimTable(layout.name, layout.fingerprint);
        ensureTables(lease.connection, layout, params.collectionName, params.schema.version);
        const instance = new SqliteStorageInstance<RxDocType>(
          params.databaseName,
          params.collectionName,
          params.schema,
          params.options,
          {
            connection: lease.connection,
            release: () => {
              unclaim();
              lease.release();
            },
          },
          layout,
        );
        addRxStorageMultiInstanceSupport(STORAGE_NAME, params, instance);
        return instance;
      } catch (error) {
        unclaim();
        lease.release();
        throw error;
      }
    },
  };
}
