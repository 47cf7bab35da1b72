import { useId, useMemo } from 'react';
import { SyncDirection, SyncLogStatus, type SyncLog } from '../../../../shared/domain/sync-log';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import { platformName } from '../inbox/field-words';
import { usePlatformConfigs } from '../settings/use-settings-data';
import {
  isFiltered,
  LOG_PAGE,
  LOG_WINDOW,
  logMatches,
  pageOf,
  parseDirection,
  parseStatus,
} from './sync-log-filter';
import { syncMessages } from './sync-messages';
import { useSyncStore } from './sync-status-store';
import { absoluteTime, actionWords, errorWords, relativeTime, type Translate } from './sync-words';
import { useSyncLog } from './use-sync-log';

const STATUS_ICON: Record<SyncLog['status'], string> = {
  pending: '…',
  running: '⟳',
  succeeded: '✓',
  failed: '✕',
  retry_scheduled: '↻',
  parked: '‖',
  skipped: '–',
};

interface Props {
  zone: string;
  now: number;
}

/** The sync log, newest first, filterable by platform, direction, outcome and text; paged. */
export function SyncLogPanel({ zone, now }: Props) {
  const t = useT();
  const locale = useDeskStore((s) => s.locale);
  const filters = useSyncStore((s) => s.filters);
  const shown = useSyncStore((s) => s.shown);
  const setFilters = useSyncStore((s) => s.setFilters);
  const clearFilters = useSyncStore((s) => s.clearFilters);
  const showMore = useSyncStore((s) => s.showMore);
  const configs = usePlatformConfigs();
  const entries = useSyncLog(filters);
  const names = useMemo(
    () => new Map(configs.map((c) => [c.platform, platformName(c.platform, c.displayName)])),
    [configs],
  );
  const nameOf = (platform: string) => names.get(platform) ?? platformName(platform);
  const matching = useMemo(
    () =>
      (entries ?? []).filter((e) =>
        logMatches(e, filters.text, [
          names.get(e.platform) ?? platformName(e.platform),
          t(`sync.status.${e.status}`),
          t(`sync.direction.${e.direction}`),
          actionWords(e.action, t, syncMessages.en),
        ]),
      ),
    [entries, filters.text, names, t],
  );
  const page = pageOf(matching, shown);
  const windowFull = (entries?.length ?? 0) >= LOG_WINDOW;
  const ids = { platform: useId(), direction: useId(), status: useId(), text: useId() };

  return (
    <section className="sync-section" aria-labelledby="sync-log-title">
      <h2 id="sync-log-title">{t('sync.log.heading')}</h2>
      <div className="sync-filters" role="group" aria-label={t('sync.log.filters')}>
        <div className="sync-field">
          <label htmlFor={ids.platform}>{t('sync.log.platform')}</label>
          <select
            id={ids.platform}
            value={filters.platform}
            onChange={(e) => setFilters({ platform: e.target.value })}
          >
            <option value="">{t('sync.log.all')}</option>
            {configs.map((c) => (
              <option key={c.platform} value={c.platform}>
                {nameOf(c.platform)}
              </option>
            ))}
          </select>
        </div>
        <div className="sync-field">
          <label htmlFor={ids.direction}>{t('sync.log.direction')}</label>
          <select
            id={ids.direction}
            value={filters.direction}
            onChange={(e) => setFilters({ direction: parseDirection(e.target.value) })}
          >
            <option value="">{t('sync.log.all')}</option>
            {SyncDirection.options.map((d) => (
              <option key={d} value={d}>
                {t(`sync.direction.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="sync-field">
          <label htmlFor={ids.status}>{t('sync.log.status')}</label>
          <select
            id={ids.status}
            value={filters.status}
            onChange={(e) => setFilters({ status: parseStatus(e.target.value) })}
          >
            <option value="">{t('sync.log.all')}</option>
            {SyncLogStatus.options.map((s) => (
              <option key={s} value={s}>
                {t(`sync.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="sync-field sync-field-wide">
          <label htmlFor={ids.text}>{t('sync.log.search')}</label>
          <input
            id={ids.text}
            type="search"
            value={filters.text}
            placeholder={t('sync.log.searchHint')}
            maxLength={200}
            onChange={(e) => setFilters({ text: e.target.value })}
          />
        </div>
        {isFiltered(filters) ? (
          <button type="button" className="button button-quiet" onClick={clearFilters}>
            {t('sync.log.clear')}
          </button>
        ) : null}
      </div>

      {entries === null ? null : page.total === 0 ? (
        <p className="sync-empty">
          {isFiltered(filters) ? t('sync.log.noMatch') : t('sync.log.empty')}
        </p>
      ) : (
        <>
          <p className="muted sync-log-count" aria-live="polite">
            {windowFull
              ? t('sync.log.countWindow', { shown: page.rows.length, total: page.total })
              : t('sync.log.count', { shown: page.rows.length, total: page.total })}
          </p>
          <table className="sync-log" aria-label={t('sync.log.table')}>
            <thead>
              <tr>
                <th scope="col">{t('sync.log.col.time')}</th>
                <th scope="col">{t('sync.log.col.platform')}</th>
                <th scope="col">{t('sync.log.col.direction')}</th>
                <th scope="col">{t('sync.log.col.action')}</th>
                <th scope="col">{t('sync.log.col.status')}</th>
                <th scope="col">{t('sync.log.col.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((entry) => (
                <LogRow
                  key={entry.id}
                  entry={entry}
                  platform={nameOf(entry.platform)}
                  t={t}
                  now={now}
                  zone={zone}
                  locale={locale}
                />
              ))}
            </tbody>
          </table>
          {page.more ? (
            <button type="button" className="button sync-more" onClick={() => showMore(LOG_PAGE)}>
              {t('sync.log.more')}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

function LogRow(props: {
  entry: Snapshot<SyncLog>;
  platform: string;
  t: Translate;
  now: number;
  zone: string;
  locale: 'en' | 'fr';
}) {
  const { entry: e, platform, t, now, zone, locale } = props;
  const error = e.error === undefined ? null : errorWords(e.error, platform, t);
  const attempt = e.retryCount > 0 ? t('sync.log.retry', { count: e.retryCount + 1 }) : null;
  const retry =
    e.nextRetryAt === undefined || e.status !== 'retry_scheduled'
      ? null
      : t('sync.log.retryAt', { time: relativeTime(e.nextRetryAt, now, locale) });
  return (
    <tr className={`log-${e.status}`}>
      <td className="nowrap">
        <span className="log-time">{absoluteTime(e.at, now, locale, zone)}</span>
        <span className="muted log-ago">{relativeTime(e.at, now, locale)}</span>
      </td>
      <td className="nowrap">{platform}</td>
      <td className="nowrap">
        <span aria-hidden="true">{e.direction === 'inbound' ? '↓ ' : '↑ '}</span>
        {t(`sync.direction.${e.direction}`)}
      </td>
      <td>
        {actionWords(e.action, t, syncMessages.en)}
        {e.entityId === undefined && e.externalId === undefined ? null : (
          <span className="muted log-ref">
            {e.entityType === undefined || e.entityType === 'reservation'
              ? t('sync.log.booking', { id: e.externalId ?? e.entityId ?? '' })
              : `${e.entityType} ${e.externalId ?? e.entityId ?? ''}`}
          </span>
        )}
      </td>
      <td className="nowrap">
        <span className={`log-status status-${e.status}`}>
          <span aria-hidden="true">{STATUS_ICON[e.status]} </span>
          {t(`sync.status.${e.status}`)}
        </span>
      </td>
      <td>
        {error === null ? null : <span className="log-error">{error.sentence}</span>}
        {attempt === null && retry === null ? null : (
          <span className="muted log-retry">{[attempt, retry].filter(Boolean).join(' · ')}</span>
        )}
      </td>
    </tr>
  );
}
