import type { SyncDirection, SyncLog, SyncLogStatus } from '../../../../shared/domain/sync-log';
import {
  SyncDirection as Directions,
  SyncLogStatus as Statuses,
} from '../../../../shared/domain/sync-log';
import type { SyncLogFilter } from '../../../../shared/domain/queries';
import type { Snapshot } from '../../../../shared/store/store-deps';

/**
 * The sync log's filters. Platform, direction and status go to the store's query (the indexes
 * do the work); the free text is matched here, over the entries the query returned.
 */

/** How many of the newest matching entries the screen reads: a window, not the whole history. */
export const LOG_WINDOW = 500;
/** Rows added by "Show older entries". */
export const LOG_PAGE = 50;

export interface LogFilters {
  /** '' = every platform. */
  readonly platform: string;
  readonly direction: SyncDirection | '';
  readonly status: SyncLogStatus | '';
  readonly text: string;
}

export const NO_FILTERS: LogFilters = { platform: '', direction: '', status: '', text: '' };

export function isFiltered(f: LogFilters): boolean {
  return f.platform !== '' || f.direction !== '' || f.status !== '' || f.text.trim() !== '';
}

/** Reads a select's value back into a filter; anything unknown means "all". */
export function parseDirection(value: string): SyncDirection | '' {
  const parsed = Directions.safeParse(value);
  return parsed.success ? parsed.data : '';
}

export function parseStatus(value: string): SyncLogStatus | '' {
  const parsed = Statuses.safeParse(value);
  return parsed.success ? parsed.data : '';
}

/** The store query for these filters (text excluded). */
export function logQueryOf(f: LogFilters): SyncLogFilter {
  return {
    sinceMs: 0,
    limit: LOG_WINDOW,
    ...(f.platform === '' ? {} : { platform: f.platform }),
    ...(f.direction === '' ? {} : { direction: f.direction }),
    ...(f.status === '' ? {} : { status: f.status }),
  };
}

/** Lower case, accents removed, spaces collapsed: "Émilie  DUPONT" matches "emilie dupont". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * True when every word of `text` appears in the entry: its platform, action, status, ids, error
 * code and message, plus `words` (the same things as the screen shows them, in the desk's
 * language, so "échec" finds failed entries in French).
 */
export function logMatches(
  entry: Snapshot<SyncLog>,
  text: string,
  words: readonly string[] = [],
): boolean {
  const needles = fold(text).split(' ').filter(Boolean);
  if (needles.length === 0) return true;
  const haystack = fold(
    [
      entry.platform,
      entry.direction,
      entry.action,
      entry.status,
      entry.entityType,
      entry.entityId,
      entry.externalId,
      entry.jobId,
      entry.error?.code,
      entry.error?.message,
      ...words,
    ]
      .filter((part): part is string => typeof part === 'string')
      .join(' '),
  );
  return needles.every((needle) => haystack.includes(needle));
}

/** The rows on display: the first `shown` matches, and whether older ones can be added. */
export function pageOf<T>(
  rows: readonly T[],
  shown: number,
): { rows: readonly T[]; more: boolean; total: number } {
  const count = Math.max(LOG_PAGE, shown);
  return { rows: rows.slice(0, count), more: rows.length > count, total: rows.length };
}
