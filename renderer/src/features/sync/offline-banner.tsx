import { useDeskStore } from '../../app/desk-store';
import { useNow } from '../../app/use-now';
import { useT } from '../../app/use-t';
import { offlineSentence } from './sync-words';
import { useSyncStore } from './sync-status-store';
import { useSyncStatusPoll } from './use-sync-status-poll';
import './sync.css';

/** How long "Back online" stays after the connection returns. */
export const BACK_ONLINE_MS = 6000;

/**
 * The shell's permanent notice: while the desk cannot reach the relay or the platforms, a banner
 * on every screen says how many changes wait; when the connection returns it says so briefly and
 * disappears. Also runs the one poller of the sync status.
 */
export function OfflineBanner() {
  useSyncStatusPoll();
  const t = useT();
  const locale = useDeskStore((s) => s.locale);
  const status = useSyncStore((s) => s.status);
  const problem = useSyncStore((s) => s.problem);
  const backOnlineAt = useSyncStore((s) => s.backOnlineAt);
  const now = useNow(1000);
  // A failed call says nothing about the platforms: only a fresh answer shows the banner.
  const waiting = problem === null && status?.offline === true ? status.waiting : null;
  const offline = waiting !== null;
  const back = !offline && backOnlineAt !== null && now - backOnlineAt < BACK_ONLINE_MS;
  const text = offline ? offlineSentence(waiting, locale, t) : back ? t('sync.online.back') : '';
  return (
    <div
      className={`offline-banner${offline ? ' is-offline' : back ? ' is-back' : ''}`}
      role="status"
      aria-live="polite"
      aria-label={t('sync.offline.label')}
    >
      {text === '' ? null : (
        <p>
          <span className="offline-icon" aria-hidden="true">
            {offline ? '⚠' : '✓'}
          </span>
          {text}
        </p>
      )}
    </div>
  );
}
