import path from 'node:path';
import { getRxStorageSQLite } from '../storage';
import { createSharedStorage } from '../storage-bridge/shared-storage';
import { createStorageHub } from '../storage-bridge/storage-hub';
import { DESK_DATABASE_NAME } from '../../shared/contract/storage-messages';
import { createDeskDatabase, type DeskDatabase } from '../../shared/store/create-desk-database';
import {
  createDeskRepositories,
  type DeskRepositories,
} from '../../shared/store/desk-repositories';
import type { Clock, Logger } from '../ports';

export interface DeskStore {
  db: DeskDatabase;
  repos: DeskRepositories;
  hub: ReturnType<typeof createStorageHub>;
  close: () => Promise<void>;
}

/**
 * Opens the desk's SQLite file (data folder/db/desk.sqlite), the main process's RxDatabase on it,
 * and the hub that serves the same storage instances to the renderers.
 */
export async function openDeskStore(deps: {
  dataDir: string;
  clock: Clock;
  log: Logger;
}): Promise<DeskStore> {
  const storage = createSharedStorage(
    getRxStorageSQLite({ directory: path.join(deps.dataDir, 'db') }),
  );
  const db = await createDeskDatabase({ storage, name: DESK_DATABASE_NAME });
  const repos = createDeskRepositories(db, { clock: deps.clock, newId: () => crypto.randomUUID() });
  const hub = createStorageHub({ storage, allowedDatabases: [DESK_DATABASE_NAME], log: deps.log });
  return {
    db,
    repos,
    hub,
    close: async () => {
      await db.close();
    },
  };
}
