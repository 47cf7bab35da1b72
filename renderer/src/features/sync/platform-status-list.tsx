import type { PlatformSyncStatus, SyncStatus } from '../../../../shared/contract/sync-commands';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import { useSettingsStore } from '../settings/settings-store';
import {
  changesText,
  errorWords,
  platformHealth,
  whenText,
  type PlatformHealth,
} from './sync-words';

const HEALTH_ICON: Record<PlatformHealth, string> = {
  ok: '✓',
  failing: '⚠',
  disconnected: '✕',
  off: '‖',
};

interface Props {
  status: SyncStatus;
  now: number;
  zone: string;
}

/** One card per platform: connected or not, last success, queue, next try, last error. */
export function PlatformStatusList({ status, now, zone }: Props) {
  const t = useT();
  const setScreen = useDeskStore((s) => s.setScreen);
  const setSection = useSettingsStore((s) => s.setSection);
  return (
    <section className="sync-section" aria-labelledby="sync-platforms-title">
      <h2 id="sync-platforms-title">{t('sync.platforms.heading')}</h2>
      {status.platforms.length === 0 ? (
        <div className="sync-empty">
          <p>{t('sync.platforms.empty')}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setSection('platforms');
              setScreen('settings');
            }}
          >
            {t('sync.platforms.openSettings')}
          </button>
        </div>
      ) : (
        <ul className="sync-platforms">
          {status.platforms.map((p) => (
            <PlatformCard key={p.platform} platform={p} now={now} zone={zone} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PlatformCard({
  platform: p,
  now,
  zone,
}: {
  platform: PlatformSyncStatus;
  now: number;
  zone: string;
}) {
  const t = useT();
  const locale = useDeskStore((s) => s.locale);
  const health = platformHealth(p);
  const titleId = `sync-platform-${p.platform}`;
  const error = p.lastError === null ? null : errorWords(p.lastError, p.displayName, t);
  const errorIsOld =
    p.lastError !== null && p.lastSuccessAt !== null && p.lastError.at < p.lastSuccessAt;
  return (
    <li className={`sync-card health-${health}`} aria-labelledby={titleId}>
      <div className="sync-card-head">
        <h3 id={titleId}>{p.displayName}</h3>
        <span className={`sync-chip chip-${health}`}>
          <span aria-hidden="true">{HEALTH_ICON[health]} </span>
          {t(`sync.health.${health}`)}
        </span>
      </div>
      <dl className="sync-facts">
        <dt>{t('sync.platform.lastSuccess')}</dt>
        <dd>
          {p.lastSuccessAt === null
            ? t('sync.platform.never')
            : whenText(p.lastSuccessAt, now, locale, zone)}
        </dd>
        <dt>{t('sync.platform.queue')}</dt>
        <dd className={p.queueDepth > 0 ? 'is-waiting' : undefined}>
          {p.queueDepth === 0 ? t('sync.platform.queueNone') : changesText(p.queueDepth, locale, t)}
        </dd>
        <dt>{t('sync.platform.nextRetry')}</dt>
        <dd>
          {p.nextRetryAt === null
            ? t('sync.platform.nextRetryNone')
            : whenText(p.nextRetryAt, now, locale, zone)}
        </dd>
        <dt>{t('sync.platform.masters')}</dt>
        <dd>
          {p.mastersReservations ? t('sync.platform.mastersYes') : t('sync.platform.mastersNo')}
        </dd>
        <dt>{t('sync.platform.lastError')}</dt>
        <dd>
          {error === null || p.lastError === null ? (
            t('sync.platform.noError')
          ) : (
            <div className={errorIsOld ? 'sync-error is-old' : 'sync-error'}>
              <p>
                <span aria-hidden="true">{errorIsOld ? '' : '⚠ '}</span>
                {error.sentence}
              </p>
              <p className="muted">
                {whenText(p.lastError.at, now, locale, zone)}
                {errorIsOld ? ` ${t('sync.platform.errorOld')}` : ''}
              </p>
              {error.detail === null ? null : (
                <details>
                  <summary>{t('sync.details')}</summary>
                  <p className="mono">{error.detail}</p>
                </details>
              )}
            </div>
          )}
        </dd>
      </dl>
    </li>
  );
}
