import { useT } from '../../app/use-t';
import { useSyncStore } from './sync-status-store';
import { platformsInTrouble } from './sync-words';

/** The number of platforms in trouble, next to the Sync label; nothing at zero. */
export function SyncNavBadge() {
  const t = useT();
  const count = useSyncStore((s) => platformsInTrouble(s.problem === null ? s.status : null));
  if (count === 0) return null;
  return (
    <span
      className="nav-count nav-count-danger"
      aria-label={count === 1 ? t('sync.badge.one') : t('sync.badge', { count })}
    >
      {count}
    </span>
  );
}
