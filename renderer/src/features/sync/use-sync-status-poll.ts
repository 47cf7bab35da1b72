import { useEffect } from 'react';
import { auditTime } from 'rxjs';
import { useBridgeApi } from '../../app/bridge-context';
import { useDeskStore } from '../../app/desk-store';
import { useDeskData } from '../../data/desk-data-context';
import { refreshSyncStatus } from './sync-status-store';

/** Every 2 s while the Sync screen is on display, every 10 s elsewhere (for the banner). */
export const POLL_ON_SCREEN_MS = 2000;
export const POLL_ELSEWHERE_MS = 10_000;

/**
 * Keeps the sync status fresh: polls `sync:status` (paused while the window is hidden or the
 * desk unreachable) and asks again when the sync log changes. Mounted once, by the shell's
 * offline banner, so the banner, the badge and the screens share one poller.
 */
export function useSyncStatusPoll(): void {
  const api = useBridgeApi();
  const { db } = useDeskData();
  const connected = useDeskStore((s) => s.connection === 'connected');
  const onScreen = useDeskStore((s) => s.screen === 'sync');
  const every = onScreen ? POLL_ON_SCREEN_MS : POLL_ELSEWHERE_MS;

  useEffect(() => {
    if (!connected) return;
    const tick = () => {
      if (document.visibilityState !== 'hidden') void refreshSyncStatus(api, Date.now);
    };
    tick();
    const timer = setInterval(tick, every);
    document.addEventListener('visibilitychange', tick);
    // A new log entry means the queue or a platform's state moved: ask now, at most twice a second.
    const changes = db.sync_logs.$.pipe(auditTime(500)).subscribe(tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
      changes.unsubscribe();
    };
  }, [api, db, connected, every]);
}
