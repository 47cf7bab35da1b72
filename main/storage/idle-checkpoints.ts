import type { DatabaseSync } from 'node:sqlite';
import { translateSqliteError } from './storage-errors';

/** WAL pages after which SQLite checkpoints inside a commit anyway (the safety net, ~64 MB). */
export const WAL_AUTOCHECKPOINT_PAGES = 16_000;
/** Quiet time after the last write before the WAL is copied back into the database file. */
const IDLE_MS = 200;

export interface IdleCheckpoints {
  /** Call after each committed write: (re)starts the idle timer. */
  afterWrite(): void;
  /** Stops the timer (before the connection closes; closing checkpoints anyway). */
  stop(): void;
}

/**
 * Copies the WAL back into the database file when writes go quiet, instead of inside the commit
 * that happens to cross SQLite's default 1000-page threshold: a commit is durable once it is in
 * the WAL, so the checkpoint does not need to delay anyone's write. A failed checkpoint loses
 * nothing (the WAL stays valid and the next one retries); it is reported as a process warning.
 */
export function createIdleCheckpoints(db: DatabaseSync, file: string): IdleCheckpoints {
  let timer: NodeJS.Timeout | undefined;
  const run = () => {
    timer = undefined;
    try {
      db.exec('PRAGMA wal_checkpoint(PASSIVE)');
    } catch (error) {
      const reason = translateSqliteError(error, file);
      process.emitWarning(
        `Background checkpoint of ${file} failed; it will be retried. ${String(reason)}`,
        'CouvertStorageWarning',
      );
    }
  };
  return {
    afterWrite() {
      if (timer) timer.refresh();
      else timer = setTimeout(run, IDLE_MS).unref();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
