export {
  getRxStorageSQLite,
  STORAGE_NAME,
  type RxStorageSQLite,
  type SqliteStorageSettings,
} from './rx-storage-sqlite';
export { isSqliteStorageError, SqliteStorageError, type StorageErrorCode } from './storage-errors';
export type { SqliteInstanceOptions, SqliteStorageInternals } from './storage-instance';
