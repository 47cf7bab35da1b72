import { useState } from 'react';
import type { PlatformSummary } from '../../../../shared/contract/platform-commands';
import { useBridgeApi } from '../../app/bridge-context';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import type { MessageKey } from '../../i18n/messages';
import { ConfirmDialog } from '../inbox/confirm-dialog';
import { PlatformConnectForm } from './platform-connect-form';
import {
  draftFor,
  durationWords,
  isConnected,
  MASTERED,
  type Connectable,
  type ConnectDraft,
} from './platform-connect-model';
import { PlatformWebhook } from './platform-webhook';

interface Props {
  platform: Connectable;
  name: string;
  summary: PlatformSummary | undefined;
  /** Asks main for the list again (after a connect or a disconnect). */
  onChanged: () => Promise<void>;
}

type Notice = { ok: boolean; text: string } | null;

/** One platform in Settings › Platforms: connected (masked credentials, webhook) or the form. */
export function PlatformCard({ platform, name, summary, onChanged }: Props) {
  const t = useT();
  const api = useBridgeApi();
  const locale = useDeskStore((s) => s.locale);
  const connected = isConnected(summary);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<ConnectDraft>(() => draftFor(platform, summary));
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const titleId = `platform-${platform}-title`;

  const disconnect = async () => {
    setConfirming(false);
    try {
      await api.platformsDisconnect({ platform });
      setNotice({ ok: true, text: t('settings.platforms.disconnected', { platform: name }) });
      setDraft(draftFor(platform, summary));
      await onChanged();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setNotice({
        ok: false,
        text: t('settings.platforms.disconnectFailed', { platform: name, message }),
      });
    }
  };

  const showForm = !connected || editing;
  return (
    <article
      className={`platform-card${connected ? ' is-connected' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="platform-card-head">
        <h3 id={titleId}>{name}</h3>
        <span className={`platform-state${connected ? ' is-connected' : ''}`}>
          <span aria-hidden="true">{connected ? '✓ ' : '○ '}</span>
          {connected ? t('settings.platforms.connected') : t('settings.platforms.notConnected')}
        </span>
      </div>
      <p className={notice?.ok === false ? 'form-message' : 'form-message ok'} role="status">
        {notice?.text ?? ''}
      </p>
      {connected && summary !== undefined && !editing ? (
        <>
          <dl className="platform-facts">
            <dt>{t('settings.platforms.restaurantIdLabel')}</dt>
            <dd className="mono">{summary.restaurantId ?? '—'}</dd>
            {Object.entries(summary.maskedCredentials).map(([key, masked]) => (
              <CredentialFact key={key} field={key} masked={masked} />
            ))}
            <dt>{t('settings.platforms.reference')}</dt>
            <dd>
              {summary.masterFor.length === 0
                ? t('settings.platforms.mastersNothing')
                : MASTERED.filter((e) => summary.masterFor.includes(e))
                    .map((e) => t(`settings.platforms.entity.${e}`))
                    .join(', ')}
            </dd>
            <dt>{t('settings.platforms.every')}</dt>
            <dd>{durationWords(summary.pollIntervalSeconds, locale)}</dd>
          </dl>
          <PlatformWebhook
            platform={platform}
            name={name}
            pollIntervalSeconds={summary.pollIntervalSeconds}
          />
          <div className="form-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setNotice(null);
                setDraft(draftFor(platform, summary));
                setEditing(true);
              }}
            >
              {t('settings.platforms.edit', { platform: name })}
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={() => setConfirming(true)}
            >
              {t('settings.platforms.disconnect', { platform: name })}
            </button>
          </div>
        </>
      ) : null}
      {showForm ? (
        <PlatformConnectForm
          platform={platform}
          name={name}
          current={summary}
          draft={draft}
          onDraft={setDraft}
          onConnected={(next) => {
            setEditing(false);
            setDraft(draftFor(platform, next));
            setNotice({
              ok: true,
              text: t('settings.platforms.connectedNotice', { platform: name }),
            });
            void onChanged();
          }}
          {...(editing ? { onCancel: () => setEditing(false) } : {})}
        />
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('settings.platforms.disconnect.title', { platform: name })}
          body={t('settings.platforms.disconnect.body', { platform: name })}
          confirmLabel={t('settings.platforms.disconnect.confirm')}
          cancelLabel={t('settings.platforms.disconnect.keep')}
          onConfirm={() => void disconnect()}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </article>
  );
}

function CredentialFact({ field, masked }: { field: string; masked: string }) {
  const t = useT();
  const key = `settings.platforms.credential.${field}`;
  const known = ['clientId', 'clientSecret', 'apiKey'].includes(field);
  return (
    <>
      <dt>{known ? t(key as MessageKey) : field}</dt>
      <dd className="mono">{masked}</dd>
    </>
  );
}
