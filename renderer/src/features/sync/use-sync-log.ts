import type { SyncLog } from '../../../../shared/domain/sync-log';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { useDeskData } from '../../data/desk-data-context';
import { useObservable } from '../../data/use-observable';
import { logQueryOf, type LogFilters } from './sync-log-filter';

/**
 * The newest log entries for the store-side filters (platform, direction, status), live.
 * Null until the store first answers.
 */
export function useSyncLog(filters: LogFilters): readonly Snapshot<SyncLog>[] | null {
  const { repos } = useDeskData();
  const { platform, direction, status } = filters;
  return useObservable<readonly Snapshot<SyncLog>[] | null>(
    () => repos.sync.log$(logQueryOf({ platform, direction, status, text: '' })),
    [repos, platform, direction, status],
    null,
  );
}
