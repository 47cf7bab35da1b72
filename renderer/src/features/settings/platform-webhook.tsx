import { useId, useState } from 'react';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import { useSyncStore } from '../sync/sync-status-store';
import { durationWords, webhookUrl } from './platform-connect-model';

/**
 * The address to paste into the platform's webhook settings (through the relay), with a copy
 * button; without a relay, says that the platform is polled instead.
 */
export function PlatformWebhook(props: {
  platform: string;
  name: string;
  pollIntervalSeconds: number;
}) {
  const t = useT();
  const locale = useDeskStore((s) => s.locale);
  const status = useSyncStore((s) => s.status);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const id = useId();
  const { name } = props;
  if (status === null) return <p className="muted">{t('settings.platforms.relayUnknown')}</p>;
  const url = webhookUrl(status.relay.configured ? status.relay.webhookBase : null, props.platform);
  if (url === null) {
    return (
      <p className="note">
        <span aria-hidden="true">ℹ </span>
        {t('settings.platforms.noRelay', {
          platform: name,
          interval: durationWords(props.pollIntervalSeconds, locale),
        })}
      </p>
    );
  }
  const onCopy = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (clipboard === undefined) {
      setCopy('failed');
      return;
    }
    clipboard.writeText(url).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  return (
    <div className="webhook">
      <p id={id} className="webhook-label">
        {t('settings.platforms.webhook', { platform: name })}
      </p>
      <div className="webhook-row">
        <code className="webhook-url" aria-labelledby={id}>
          {url}
        </code>
        <button
          type="button"
          className="button"
          aria-label={t('settings.platforms.copy', { platform: name })}
          onClick={onCopy}
        >
          {t('settings.platforms.copyShort')}
        </button>
      </div>
      <p className="muted webhook-hint">
        {t('settings.platforms.webhookHint', { platform: name })}
      </p>
      <p className={copy === 'failed' ? 'form-message' : 'form-message ok'} role="status">
        {copy === 'copied'
          ? t('settings.platforms.copied', { platform: name })
          : copy === 'failed'
            ? t('settings.platforms.copyFailed')
            : ''}
      </p>
    </div>
  );
}
