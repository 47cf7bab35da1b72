import { PLATFORM_ERROR_CODES } from '../../../../shared/domain/platform-error-codes';
import type { RxCollection } from 'rxdb';
import { SyncLog } from '../../../../shared/domain/sync-log';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { splitInternalFields } from '../../../../shared/domain/rxdb/internal-fields';
import { NotFoundError, compact, validate } from '../../../../shared/store/store-errors';

/** Outbound jobs that stopped: the engine gave up (parked) or the last attempt failed. */
export const STOPPED_STATUSES = ['failed', 'parked'] as const;

/**
 * The failed jobs to show, newest first. A job is one sync_logs document (its id is its jobId)
 * whose status the engine moves along; each attempt also leaves an entry of its own with the job's
 * jobId. Only the job's own document says whether it stopped: a failed attempt of a job that is
 * waiting for its retry, or that later succeeded, is history, not something to settle.
 */
export function stoppedJobs(entries: readonly Snapshot<SyncLog>[]): Snapshot<SyncLog>[] {
  return entries
    .filter(
      (e) =>
        e.direction === 'outbound' &&
        (e.jobId === undefined || e.jobId === e.id) &&
        (STOPPED_STATUSES as readonly string[]).includes(e.status),
    )
    .sort((a, b) => b.at - a.at || a.id.localeCompare(b.id));
}

/** Error codes the connectors write, in words for the desk. */
export const KNOWN_ERROR_CODES = PLATFORM_ERROR_CODES;
export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number] | 'unknown';

export function errorKind(code: string | undefined): KnownErrorCode {
  return (KNOWN_ERROR_CODES as readonly string[]).includes(code ?? '')
    ? (code as KnownErrorCode)
    : 'unknown';
}

/**
 * Retry now: the job goes back to the retry scheduler (status retry_scheduled, due now, attempts
 * counted afresh); the last error stays for the record until the next attempt replaces it.
 */
export function retriedEntry(entry: SyncLog, nowMs: number): SyncLog {
  return { ...entry, status: 'retry_scheduled', nextRetryAt: nowMs, retryCount: 0 };
}

/**
 * Discarded by a person: the schema has no "discarded" status, so the job is marked skipped (the
 * engine never runs a skipped job), its error kept to say why it was given up.
 */
export function discardedEntry(entry: SyncLog): SyncLog {
  const next: SyncLog = { ...entry, status: 'skipped' };
  delete next.nextRetryAt;
  return next;
}

export interface JobActions {
  retry(id: string): Promise<Snapshot<SyncLog>>;
  discard(id: string): Promise<Snapshot<SyncLog>>;
}

/**
 * Validated writes on the sync log, the way the repositories write (zod first, incrementalModify
 * so a concurrent write by the engine is retried on the latest state, updatedAt never back).
 * The sync repository has no such methods yet; these belong there once the engine exists.
 */
export function createJobActions(collection: RxCollection<SyncLog>, now: () => number): JobActions {
  const modify = async (
    id: string,
    change: (current: SyncLog, at: number) => SyncLog,
  ): Promise<Snapshot<SyncLog>> => {
    const doc = await collection.findOne(id).exec();
    if (doc === null) throw new NotFoundError(collection.name, id);
    const updated = await doc.incrementalModify((stored) => {
      const { data, internal } = splitInternalFields(stored);
      const current = data as unknown as SyncLog;
      if (!(STOPPED_STATUSES as readonly string[]).includes(current.status)) {
        throw new Error(
          `This job is no longer stopped (it is ${current.status}); nothing was changed.`,
        );
      }
      const at = Math.max(now(), current.updatedAt);
      const next = compact({ ...change(current, at), id: current.id, updatedAt: at });
      return { ...validate(SyncLog, collection.name, `the change to "${id}"`, next), ...internal };
    });
    return updated.toJSON();
  };
  return {
    retry: (id) => modify(id, (current, at) => retriedEntry(current, at)),
    discard: (id) => modify(id, (current) => discardedEntry(current)),
  };
}
