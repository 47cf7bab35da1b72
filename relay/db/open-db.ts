import path from 'node:path';
import { lockDataDir } from './data-dir-lock';
import type { Db } from './db-port';
import { migrate } from './migrate';
import { openPgDb } from './pg-db';
import { openPgliteDb } from './pglite-db';

export interface OpenDbOptions {
  /** A PostgreSQL server; when absent the embedded PGlite folder under `dataDir` is used. */
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
  onError?: (message: string, error: unknown) => void;
}

/** Opens the database chosen by the configuration and applies the migrations. */
export async function openDb(options: OpenDbOptions): Promise<Db> {
  if (options.databaseUrl) {
    const db = await openPgDb({
      connectionString: options.databaseUrl,
      ...(options.poolSize ? { poolSize: options.poolSize } : {}),
      ...(options.onError ? { onError: options.onError } : {}),
    });
    return migrated(db);
  }
  const unlock = await lockDataDir(options.dataDir);
  try {
    const db = await openPgliteDb(path.join(options.dataDir, 'pgdata'));
    const closeDb = db.close.bind(db);
    return await migrated({
      ...db,
      close: async () => {
        await closeDb();
        await unlock();
      },
    });
  } catch (error) {
    await unlock();
    throw error;
  }
}

async function migrated(db: Db): Promise<Db> {
  try {
    await migrate(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
