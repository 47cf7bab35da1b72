import { map } from 'rxjs';
import type { RxCollection } from 'rxdb';
import { Conflict } from '../../../shared/domain/conflict';
import { PlatformConfig } from '../../../shared/domain/platform-config';
import { splitInternalFields } from '../../../shared/domain/rxdb/internal-fields';
import { SyncLog } from '../../../shared/domain/sync-log';
import type { DeskDatabase } from '../../../shared/store/create-desk-database';
import type { DeskRepositories } from '../../../shared/store/desk-repositories';
import { compact, NotFoundError, validate } from '../../../shared/store/store-errors';
import type { Snapshot } from '../../../shared/store/store-deps';
import { OPEN_JOB_STATUSES, type EngineClock, type EngineStore } from './engine-ports';

/** Validated read-modify-write of one document (RxDB retries `change` on a concurrent write). */
async function modifyDoc<T extends { updatedAt: number }>(
  collection: RxCollection<T>,
  schema: Parameters<typeof validate<T>>[0],
  id: string,
  change: (current: T, at: number) => T,
  now: () => number,
): Promise<Snapshot<T>> {
  const doc = await collection.findOne(id).exec();
  if (doc === null) throw new NotFoundError(collection.name, id);
  const updated = await doc.incrementalModify((stored) => {
    const { data, internal } = splitInternalFields(stored);
    const current = data as unknown as T;
    const at = Math.max(now(), current.updatedAt);
    const next = compact({ ...change(current, at), updatedAt: at });
    return { ...validate(schema, collection.name, `the change to "${id}"`, next), ...internal };
  });
  return updated.toJSON() as Snapshot<T>;
}

/** The engine's store port over the desk database and its repositories. */
export function createDeskEngineStore(
  db: DeskDatabase,
  repositories: Pick<DeskRepositories, 'reservations' | 'sync'>,
  clock: EngineClock,
): EngineStore {
  const now = (): number => clock.now();
  return {
    reservations: repositories.reservations,
    sync: repositories.sync,
    jobs: {
      openJobs: async () =>
        (
          await db.sync_logs
            .find({
              selector: { direction: 'outbound', status: { $in: [...OPEN_JOB_STATUSES] } },
              sort: [{ id: 'asc' }],
            })
            .exec()
        )
          .map((d) => d.toJSON() as Snapshot<SyncLog>)
          .filter((j) => j.jobId === j.id),
      updateJob: (id, change) =>
        modifyDoc(db.sync_logs, SyncLog, id, (current) => ({ ...current, ...change }), now),
      hasLog: async (id) => (await db.sync_logs.findOne(id).exec()) !== null,
    },
    platformConfigs: {
      list: async () =>
        (await db.platform_configs.find().exec()).map(
          (d) => d.toJSON() as Snapshot<PlatformConfig>,
        ),
      recordSync: async (platform, change) => {
        const { clearError, ...fields } = change;
        const existing = await db.platform_configs.findOne(platform).exec();
        if (existing === null) return;
        await modifyDoc(
          db.platform_configs,
          PlatformConfig,
          platform,
          (current) => ({
            ...current,
            ...fields,
            ...(clearError === true || fields.lastSuccessAt !== undefined
              ? { lastError: fields.lastError }
              : {}),
          }),
          now,
        );
      },
    },
    reservationChanges$: db.reservations.$.pipe(map((event) => event.documentId)),
    resolvedConflicts$: db.conflicts
      .find({ selector: { status: 'resolved' } })
      .$.pipe(map((docs) => docs.map((d) => d.toJSON() as Snapshot<Conflict>))),
  };
}
