import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import { formatDateTime } from '../../i18n/i18n';
import { TodaySummary } from './today-summary';

export function StatusPanel(props: { onRefresh: () => void }) {
  const t = useT();
  const { info, status, error, locale } = useDeskStore();
  return (
    <section className="panel" aria-labelledby="status-heading">
      <div className="panel-head">
        <h1 id="status-heading">{t('status.heading')}</h1>
        {status && (
          <span className={`badge badge-${status.state}`}>
            {t(status.state === 'ready' ? 'status.ready' : 'status.degraded')}
          </span>
        )}
        <button type="button" className="button" onClick={props.onRefresh}>
          {t('status.refresh')}
        </button>
      </div>
      {error && (
        <div className="alert" role="alert">
          <strong>{t('error.title')}</strong> {error}
        </div>
      )}
      {!info || !status ? (
        <p className="muted">{t('status.loading')}</p>
      ) : (
        <dl className="facts">
          <dt>{t('status.version')}</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>{t('status.mode')}</dt>
          <dd>{t(info.runtime === 'electron' ? 'status.mode.electron' : 'status.mode.browser')}</dd>
          <dt>{t('status.dataDir')}</dt>
          <dd className="mono" data-testid="data-dir">
            {status.dataDir}
          </dd>
          <dt>{t('status.startedAt')}</dt>
          <dd>{formatDateTime(locale, status.startedAt)}</dd>
          <dt>{t('status.secrets')}</dt>
          <dd>{t(`status.secrets.${status.secretBox}`)}</dd>
          <dt>{t('status.today')}</dt>
          <TodaySummary />
          <dt>{t('status.runtime')}</dt>
          <dd className="mono">
            Node {info.versions.node}
            {info.versions.electron ? ` · Electron ${info.versions.electron}` : ''}
          </dd>
        </dl>
      )}
    </section>
  );
}
