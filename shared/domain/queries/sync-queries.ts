import type { MangoQuery } from 'rxdb';
import type { Conflict } from '../conflict';
import type { ExternalMapping } from '../external-mapping';
import type { EntityType, Platform } from '../primitives';
import type { SyncDirection, SyncLog, SyncLogStatus } from '../sync-log';

/** The inbox: open conflicts, newest first. Index [status, createdAt]. */
export function openConflictsQuery(): MangoQuery<Conflict> {
  return { selector: { status: 'open' }, sort: [{ status: 'asc' }, { createdAt: 'desc' }] };
}

/** Open conflicts of one entity. Index [entityType, entityId, status]. */
export function openConflictsOfEntityQuery(
  entityType: EntityType,
  entityId: string,
): MangoQuery<Conflict> {
  return { selector: { entityType, entityId, status: 'open' } };
}

/** Every platform id of a local entity. Index [entityType, entityId, platform]. */
export function mappingsOfEntityQuery(
  entityType: EntityType,
  entityId: string,
): MangoQuery<ExternalMapping> {
  return { selector: { entityType, entityId } };
}

/** Mappings of one platform id, whatever the entity type. Index [platform, externalId]. */
export function mappingsOfExternalIdQuery(
  platform: Platform,
  externalId: string,
): MangoQuery<ExternalMapping> {
  return { selector: { platform, externalId } };
}

export interface SyncLogFilter {
  /** Entries at or after this instant; the log is long, a view is always bounded in time. */
  readonly sinceMs: number;
  readonly platform?: Platform;
  readonly status?: SyncLogStatus;
  /** Not indexed: narrows what the chosen index returns (the Sync screen's log filter). */
  readonly direction?: SyncDirection;
  readonly limit: number;
}

/** The sync log, newest first. Index [platform, at], [status, at] or [at]. */
export function syncLogQuery(filter: SyncLogFilter): MangoQuery<SyncLog> {
  const selector: MangoQuery<SyncLog>['selector'] = { at: { $gte: filter.sinceMs } };
  if (filter.platform !== undefined) selector.platform = filter.platform;
  if (filter.status !== undefined) selector.status = filter.status;
  if (filter.direction !== undefined) selector.direction = filter.direction;
  return { selector, sort: [{ at: 'desc' }], limit: filter.limit };
}

/** Retries due at `nowMs`, oldest due first. Index [status, nextRetryAt]. */
export function dueRetriesQuery(nowMs: number, limit: number): MangoQuery<SyncLog> {
  return {
    selector: { status: 'retry_scheduled', nextRetryAt: { $lte: nowMs } },
    sort: [{ status: 'asc' }, { nextRetryAt: 'asc' }],
    limit,
  };
}
