import { combineLatest, map } from 'rxjs';
import type { Conflict } from '../../../../shared/domain/conflict';
import type { PlatformConfig } from '../../../../shared/domain/platform-config';
import type { SyncLog } from '../../../../shared/domain/sync-log';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { useDeskData } from '../../data/desk-data-context';
import { useObservable } from '../../data/use-observable';
import { stoppedJobs } from './failed-jobs';

/** How many stopped entries of each status the inbox reads; more would be a storm, not a list. */
const JOB_LIMIT = 200;

export interface InboxData {
  /** Null until the first answer of the store. */
  conflicts: readonly Snapshot<Conflict>[] | null;
  jobs: readonly Snapshot<SyncLog>[];
  platforms: ReadonlyMap<string, Snapshot<PlatformConfig>>;
  /** Names of tables, rooms, services and offers by id. */
  names: ReadonlyMap<string, string>;
  timeZone: string;
}

const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Live queries of the inbox: open conflicts, stopped outbound jobs, platform configs, names. */
export function useInboxData(): InboxData {
  const { db, repos } = useDeskData();
  const settings = useObservable(() => repos.settings.get$(), [repos], null);
  const conflicts = useObservable<readonly Snapshot<Conflict>[] | null>(
    () => repos.sync.openConflicts$(),
    [repos],
    null,
  );
  const jobs = useObservable<readonly Snapshot<SyncLog>[]>(
    () =>
      combineLatest([
        repos.sync.log$({ sinceMs: 0, status: 'failed', limit: JOB_LIMIT }),
        repos.sync.log$({ sinceMs: 0, status: 'parked', limit: JOB_LIMIT }),
      ]).pipe(map(([failed, parked]) => stoppedJobs([...failed, ...parked]))),
    [repos],
    [],
  );
  const platforms = useObservable<ReadonlyMap<string, Snapshot<PlatformConfig>>>(
    () =>
      db.platform_configs
        .find()
        .$.pipe(
          map(
            (docs) =>
              new Map(docs.map((d) => [d.id, d.toJSON() as Snapshot<PlatformConfig>] as const)),
          ),
        ),
    [db],
    new Map(),
  );
  const names = useObservable<ReadonlyMap<string, string>>(
    () =>
      combineLatest([
        db.dining_tables.find().$,
        db.dining_rooms.find().$,
        db.dining_services.find().$,
        db.offers.find().$,
      ]).pipe(
        map(([tables, rooms, services, offers]) => {
          const out = new Map<string, string>();
          for (const table of tables) out.set(table.id, table.label);
          for (const item of [...rooms, ...services, ...offers]) out.set(item.id, item.name);
          return out;
        }),
      ),
    [db],
    new Map(),
  );
  return { conflicts, jobs, platforms, names, timeZone: settings?.timeZone ?? machineZone };
}
