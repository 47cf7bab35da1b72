import type { SyncStatus } from '../../../../shared/contract/sync-commands';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import { absoluteTime, leaseHolderOf, relayState, roleSentence, whenText } from './sync-words';

const RELAY_ICON = { connected: '✓', disconnected: '✕', unknown: '…', 'not-configured': '—' };

/** The relay connection, this desk's role, and which desk talks to the platforms. */
export function RelayPanel({
  status,
  now,
  zone,
}: {
  status: SyncStatus;
  now: number;
  zone: string;
}) {
  const t = useT();
  const locale = useDeskStore((s) => s.locale);
  const relay = relayState(status);
  const holder = leaseHolderOf(status);
  const expires = status.leaseHolder === null ? NaN : Date.parse(status.leaseHolder.expiresAt);
  return (
    <section className="sync-section" aria-labelledby="sync-relay-title">
      <h2 id="sync-relay-title">{t('sync.relay.heading')}</h2>
      <dl className="sync-facts sync-relay">
        <dt>{t('sync.relay.connection')}</dt>
        <dd className={`relay-${relay}`}>
          <span aria-hidden="true">{RELAY_ICON[relay]} </span>
          {t(`sync.relay.${relay}`)}
        </dd>
        {status.relay.url === null ? null : (
          <>
            <dt>{t('sync.relay.address')}</dt>
            <dd className="mono">{status.relay.url}</dd>
          </>
        )}
        {status.relay.configured ? (
          <>
            <dt>{t('sync.relay.lastContact')}</dt>
            <dd>
              {status.relay.lastContactAt === null
                ? t('sync.relay.never')
                : whenText(status.relay.lastContactAt, now, locale, zone)}
            </dd>
          </>
        ) : null}
        <dt>{t('sync.relay.role')}</dt>
        <dd>{roleSentence(status, t)}</dd>
        {status.relay.configured ? (
          <>
            <dt>{t('sync.relay.holder')}</dt>
            <dd>
              {holder.kind === 'nobody'
                ? t('sync.relay.holder.nobody')
                : holder.kind === 'this-desk'
                  ? t('sync.relay.holder.this-desk')
                  : t('sync.relay.holder.other', { desk: holder.name })}
              {Number.isFinite(expires) ? (
                <span className="muted">
                  {' · '}
                  {t('sync.relay.holder.until', {
                    time: absoluteTime(expires, now, locale, zone),
                  })}
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
