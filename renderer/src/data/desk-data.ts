import { DESK_DATABASE_NAME } from '../../../shared/contract/storage-messages';
import type { StoragePort } from '../../../shared/contract/bridge';
import { createDeskDatabase, type DeskDatabase } from '../../../shared/store/create-desk-database';
import {
  createDeskRepositories,
  type DeskRepositories,
} from '../../../shared/store/desk-repositories';
import { remoteStorageOver } from './remote-storage';

export interface DeskData {
  db: DeskDatabase;
  repos: DeskRepositories;
}

/**
 * The renderer's own RxDatabase on the main process's store. Reads are local queries with live
 * updates; writes go through the same zod-checked repositories as in main.
 */
export async function openDeskData(port: StoragePort): Promise<DeskData> {
  const db = await createDeskDatabase({
    storage: remoteStorageOver(port),
    name: DESK_DATABASE_NAME,
  });
  const repos = createDeskRepositories(db, {
    clock: { now: () => new Date() },
    newId: () => crypto.randomUUID(),
  });
  return { db, repos };
}

export type { DeskDatabase };
