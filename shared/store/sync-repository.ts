import { map, type Observable } from 'rxjs';
import type { RxCollection } from 'rxdb';
import { Conflict, type FieldChoice } from '../domain/conflict';
import { ExternalMapping, externalMappingId, type MappingStatus } from '../domain/external-mapping';
import type { JsonObject } from '../domain/json-value';
import type { EntityType } from '../domain/primitives';
import {
  dueRetriesQuery,
  mappingsOfEntityQuery,
  openConflictsOfEntityQuery,
  openConflictsQuery,
  syncLogQuery,
  type SyncLogFilter,
} from '../domain/queries';
import { SyncLog } from '../domain/sync-log';
import { insertValidated, modifyValidated } from './validated-writes';
import { compact, validate } from './store-errors';
import type { Snapshot, StoreDeps } from './store-deps';

export interface SyncCollections {
  readonly external_mappings: RxCollection<ExternalMapping>;
  readonly sync_logs: RxCollection<SyncLog>;
  readonly conflicts: RxCollection<Conflict>;
}

export interface MappingLink {
  readonly platform: string;
  readonly entityType: EntityType;
  readonly externalId: string;
  readonly entityId: string;
  readonly secondaryId?: string;
  readonly raw?: JsonObject;
  readonly status?: MappingStatus;
}

export type NewSyncLog = Omit<SyncLog, 'id' | 'updatedAt'> & Partial<Pick<SyncLog, 'id'>>;
export type NewConflict = Omit<
  Conflict,
  'id' | 'status' | 'resolution' | 'resolvedBy' | 'resolvedAt' | 'createdAt' | 'updatedAt'
>;

export interface SyncRepository {
  /** Idempotent: the same (platform, entityType, externalId) always lands on one document. */
  link(link: MappingLink): Promise<Snapshot<ExternalMapping>>;
  mappingOf(
    platform: string,
    entityType: EntityType,
    externalId: string,
  ): Promise<Snapshot<ExternalMapping> | null>;
  mappingsOfEntity(entityType: EntityType, entityId: string): Promise<Snapshot<ExternalMapping>[]>;
  appendLog(entry: NewSyncLog): Promise<Snapshot<SyncLog>>;
  log$(filter: SyncLogFilter): Observable<Snapshot<SyncLog>[]>;
  dueRetries(nowMs: number, limit: number): Promise<Snapshot<SyncLog>[]>;
  openConflict(conflict: NewConflict): Promise<Snapshot<Conflict>>;
  openConflicts$(): Observable<Snapshot<Conflict>[]>;
  openConflictsOf(entityType: EntityType, entityId: string): Promise<Snapshot<Conflict>[]>;
  /** Records the decision, field by field; every disputed field needs a choice. */
  resolveConflict(
    id: string,
    choices: Record<string, FieldChoice>,
    by: string,
  ): Promise<Snapshot<Conflict>>;
  dismissConflict(id: string, by: string): Promise<Snapshot<Conflict>>;
}

export function createSyncRepository(db: SyncCollections, deps: StoreDeps): SyncRepository {
  const now = (): number => deps.clock.now().getTime();
  const json = <T>(docs: { toJSON(): unknown }[]): Snapshot<T>[] =>
    docs.map((d) => d.toJSON() as Snapshot<T>);

  return {
    link: async (link) => {
      const id = externalMappingId(link.platform, link.entityType, link.externalId);
      const existing = await db.external_mappings.findOne(id).exec();
      const at = now();
      const doc = validate(
        ExternalMapping,
        db.external_mappings.name,
        `the mapping "${id}"`,
        compact({
          ...(existing === null ? {} : existing.toMutableJSON()),
          ...link,
          id,
          status: link.status ?? 'linked',
          lastSyncedAt: at,
          createdAt: existing?.createdAt ?? at,
          updatedAt: Math.max(at, existing?.updatedAt ?? at),
        }),
      );
      return (await db.external_mappings.upsert(doc)).toJSON();
    },
    mappingOf: async (platform, entityType, externalId) => {
      const doc = await db.external_mappings
        .findOne(externalMappingId(platform, entityType, externalId))
        .exec();
      return doc === null ? null : doc.toJSON();
    },
    mappingsOfEntity: async (entityType, entityId) =>
      json<ExternalMapping>(
        await db.external_mappings.find(mappingsOfEntityQuery(entityType, entityId)).exec(),
      ),
    appendLog: (entry) =>
      insertValidated(db.sync_logs, SyncLog, {
        ...entry,
        id: entry.id ?? deps.newId(),
        updatedAt: Math.max(now(), entry.at),
      }),
    log$: (filter) =>
      db.sync_logs.find(syncLogQuery(filter)).$.pipe(map((docs) => json<SyncLog>(docs))),
    dueRetries: async (nowMs, limit) =>
      json<SyncLog>(await db.sync_logs.find(dueRetriesQuery(nowMs, limit)).exec()),
    openConflict: (conflict) => {
      const at = now();
      return insertValidated(db.conflicts, Conflict, {
        ...conflict,
        id: deps.newId(),
        status: 'open',
        createdAt: at,
        updatedAt: at,
      });
    },
    openConflicts$: () =>
      db.conflicts.find(openConflictsQuery()).$.pipe(map((docs) => json<Conflict>(docs))),
    openConflictsOf: async (entityType, entityId) =>
      json<Conflict>(
        await db.conflicts.find(openConflictsOfEntityQuery(entityType, entityId)).exec(),
      ),
    resolveConflict: (id, choices, by) =>
      modifyValidated(
        db.conflicts,
        Conflict,
        id,
        (current, at) => ({
          ...current,
          status: 'resolved',
          resolution: { ...choices },
          resolvedBy: by,
          resolvedAt: at,
        }),
        now,
      ),
    dismissConflict: (id, by) =>
      modifyValidated(
        db.conflicts,
        Conflict,
        id,
        (current, at) => ({ ...current, status: 'dismissed', resolvedBy: by, resolvedAt: at }),
        now,
      ),
  };
}
