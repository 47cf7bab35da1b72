import { useState } from 'react';
import { useBridgeApi } from '../../app/bridge-context';
import { useDeskStore } from '../../app/desk-store';
import { useNow } from '../../app/use-now';
import { useT } from '../../app/use-t';
import { useDeskData } from '../../data/desk-data-context';
import { useObservable } from '../../data/use-observable';
import { PlatformStatusList } from './platform-status-list';
import { RelayPanel } from './relay-panel';
import { SyncLogPanel } from './sync-log-panel';
import { refreshSyncStatus, useSyncStore } from './sync-status-store';
import { changesText, platformsInTrouble, syncNowFailure, whenText } from './sync-words';
import './sync.css';

const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const SUMMARY_ICON = { 'is-trouble': '⚠ ', 'is-waiting': '◷ ', 'is-ok': '✓ ' } as const;

type SyncNow =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'done' }
  | { state: 'no-answer' }
  | { state: 'failed'; message: string };

/** Screen 4: each platform's state, the relay and the lease, and the sync log. */
export function SyncScreen() {
  const t = useT();
  const api = useBridgeApi();
  const locale = useDeskStore((s) => s.locale);
  const { repos } = useDeskData();
  const settings = useObservable(() => repos.settings.get$(), [repos], null);
  const zone = settings?.timeZone ?? machineZone;
  const status = useSyncStore((s) => s.status);
  const problem = useSyncStore((s) => s.problem);
  const receivedAt = useSyncStore((s) => s.receivedAt);
  const now = useNow(1000);
  const [syncNow, setSyncNow] = useState<SyncNow>({ state: 'idle' });

  const runSyncNow = async () => {
    setSyncNow({ state: 'running' });
    try {
      await api.syncNow({});
      setSyncNow({ state: 'done' });
    } catch (error) {
      const failure = syncNowFailure(error);
      setSyncNow(
        failure.kind === 'no-answer'
          ? { state: 'no-answer' }
          : { state: 'failed', message: failure.message },
      );
    }
    void refreshSyncStatus(api, Date.now);
  };

  const trouble = platformsInTrouble(status);
  const summaryTone =
    trouble > 0 ? 'is-trouble' : (status?.waiting ?? 0) > 0 ? 'is-waiting' : 'is-ok';
  const summary =
    status === null || !status.running
      ? null
      : trouble > 0
        ? trouble === 1
          ? t('sync.summary.trouble.one')
          : t('sync.summary.trouble', { count: trouble })
        : status.waiting > 0
          ? t('sync.summary.waiting', { changes: changesText(status.waiting, locale, t) })
          : t('sync.summary.ok');

  return (
    <div className="sync">
      <div className="sync-head">
        <h1>{t('sync.title')}</h1>
        {summary === null ? null : (
          <p className={`sync-summary ${summaryTone}`}>
            <span aria-hidden="true">{SUMMARY_ICON[summaryTone]}</span>
            {summary}
          </p>
        )}
        <button
          type="button"
          className="button sync-primary"
          disabled={syncNow.state === 'running'}
          onClick={() => void runSyncNow()}
        >
          <span aria-hidden="true">⟳ </span>
          {syncNow.state === 'running' ? t('sync.now.running') : t('sync.now')}
        </button>
      </div>
      <p className={`sync-notice is-${syncNow.state}`} role="status" aria-live="polite">
        {syncNow.state === 'done'
          ? t('sync.now.done')
          : syncNow.state === 'no-answer'
            ? t('sync.now.noAnswer')
            : syncNow.state === 'failed'
              ? t('sync.now.failed', { message: syncNow.message })
              : ''}
      </p>

      {problem === null ? null : (
        <div className="sync-problem" role="alert">
          <p className="sync-problem-title">
            <span aria-hidden="true">⚠ </span>
            {t('sync.unavailable.title')}
          </p>
          <p>{t('sync.unavailable.body')}</p>
          <p className="muted">{t('sync.unavailable.detail', { message: problem.message })}</p>
          {status !== null && receivedAt !== null ? (
            <p className="muted">
              {t('sync.stale', { when: whenText(receivedAt, now, locale, zone) })}
            </p>
          ) : null}
        </div>
      )}

      {status === null ? (
        problem === null ? (
          <p className="muted">{t('sync.loading')}</p>
        ) : null
      ) : (
        <>
          {status.running ? null : (
            <p className="sync-stopped">
              <span aria-hidden="true">‖ </span>
              {t('sync.stopped')}
            </p>
          )}
          <PlatformStatusList status={status} now={now} zone={zone} />
          <RelayPanel status={status} now={now} zone={zone} />
        </>
      )}
      <SyncLogPanel zone={zone} now={now} />
    </div>
  );
}
