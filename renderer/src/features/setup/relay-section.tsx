import { useState } from 'react';
import { useBridgeApi } from '../../app/bridge-context';
import { useT } from '../../app/use-t';
import { JoinRelayForm } from './join-relay-form';
import { useSetupStore } from './setup-store';
import { loadSetupState } from './use-setup-gate';
import './setup.css';

/** Settings → Relay: how this desk works, and joining a relay later when it runs standalone. */
export function RelaySection() {
  const t = useT();
  const api = useBridgeApi();
  const state = useSetupStore((s) => s.state);
  const loadError = useSetupStore((s) => s.loadError);
  const dispatch = useSetupStore((s) => s.dispatch);
  const [joined, setJoined] = useState<string | null>(null);
  return (
    <section aria-labelledby="relay-title">
      <h2 id="relay-title">{t('setup.relay.heading')}</h2>
      {state === null ? (
        loadError === null ? (
          <p className="muted">{t('setup.loading')}</p>
        ) : (
          <div className="setup-actions">
            <p className="field-error" role="alert">
              <span aria-hidden="true">⚠ </span>
              {t('setup.relay.unknown', { message: loadError })}
            </p>
            <button
              type="button"
              className="button"
              onClick={() => void loadSetupState(api, dispatch)}
            >
              {t('setup.relay.retry')}
            </button>
          </div>
        )
      ) : (
        <>
          <dl className="facts setup-facts">
            <dt>{t('setup.relay.mode')}</dt>
            <dd>{t(`setup.relay.mode.${state.mode}`)}</dd>
            {state.relay === null ? null : (
              <>
                <dt>{t('setup.relay.address')}</dt>
                <dd className="mono">{state.relay.url}</dd>
                <dt>{t('setup.relay.deskName')}</dt>
                <dd>{state.relay.deviceName}</dd>
              </>
            )}
          </dl>
          <p className="form-message ok setup-joined" role="status" aria-live="polite">
            {joined ?? ''}
          </p>
          {state.mode === 'demo' ? <p className="note">{t('setup.relay.demoHint')}</p> : null}
          {state.mode === 'standalone' || state.mode === 'unconfigured' ? (
            <>
              <p className="note">
                <span aria-hidden="true">ℹ </span>
                {t('setup.relay.standaloneHint')}
              </p>
              <div className="setup-relay-join">
                <h3>{t('setup.join.heading')}</h3>
                <JoinRelayForm
                  onJoined={(next) => {
                    dispatch({ type: 'loaded', state: next });
                    setJoined(
                      t('setup.join.joined', {
                        url: next.relay?.url ?? '',
                        name: next.relay?.deviceName ?? '',
                      }),
                    );
                  }}
                />
              </div>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
