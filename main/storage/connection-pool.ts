import type { ConnectionOptions, SqliteConnection } from './sqlite-connection';
import { openSqliteConnection } from './sqlite-connection';

export interface ConnectionLease {
  readonly connection: SqliteConnection;
  /** Gives the lease back; the file is closed when the last lease is released. Idempotent. */
  release(): void;
}

export interface ConnectionPool {
  acquire(file: string, options: ConnectionOptions): ConnectionLease;
  /** Files currently open through this pool. */
  openFiles(): string[];
}

/**
 * Shares one connection per database file, counting leases. Each open file holds an exclusive
 * lock, which SQLite enforces even between connections of one process, so a file cannot be
 * opened twice: every storage object of the process goes through one pool (see
 * `processConnectionPool`).
 */
export function createConnectionPool(
  open: typeof openSqliteConnection = openSqliteConnection,
): ConnectionPool {
  const byFile = new Map<
    string,
    { connection: SqliteConnection; options: string; leases: number }
  >();
  return {
    acquire(file, options) {
      const wanted = JSON.stringify(options);
      let entry = byFile.get(file);
      if (entry && entry.options !== wanted) {
        throw new Error(
          `The database ${file} is already open with other settings (${entry.options}); ` +
            `open it with the same settings (${wanted}) or close it first.`,
        );
      }
      if (!entry) {
        entry = { connection: open(file, options), options: wanted, leases: 0 };
        byFile.set(file, entry);
      }
      entry.leases++;
      const current = entry;
      let released = false;
      return {
        connection: current.connection,
        release() {
          if (released) return;
          released = true;
          current.leases--;
          if (current.leases === 0) {
            byFile.delete(file);
            current.connection.close();
          }
        },
      };
    },
    openFiles: () => [...byFile.keys()],
  };
}

/**
 * The one pool of this process. A lock on a file belongs to the process, so the registry of
 * open files must be process-wide too: two storage objects on one folder share the connection
 * instead of locking each other out.
 */
export const processConnectionPool: ConnectionPool = createConnectionPool();
