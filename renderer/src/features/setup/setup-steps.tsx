import { useState } from 'react';
import { map } from 'rxjs';
import { useBridgeApi } from '../../app/bridge-context';
import { useT } from '../../app/use-t';
import { useDeskData } from '../../data/desk-data-context';
import { useObservable } from '../../data/use-observable';
import { PlatformsSection } from '../settings/platforms-section';
import { RestaurantSection } from '../settings/restaurant-section';
import { usePlatformConfigs } from '../settings/use-settings-data';
import { JoinRelayForm } from './join-relay-form';
import { useSetupStore } from './setup-store';
import { bridgeErrorOf } from './use-setup-gate';

/** Step 1: join the restaurant's relay, or run standalone. */
export function HowStep() {
  const t = useT();
  const api = useBridgeApi();
  const dispatch = useSetupStore((s) => s.dispatch);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const standalone = async () => {
    if (working) return;
    setWorking(true);
    setFailure(null);
    try {
      dispatch({ type: 'modeChosen', state: await api.setupStandalone({}) });
    } catch (caught) {
      setFailure(bridgeErrorOf(caught).message);
    } finally {
      setWorking(false);
    }
  };
  return (
    <>
      <p className="setup-intro">{t('setup.how.intro')}</p>
      <div className="setup-choices">
        <section className="panel setup-choice" aria-labelledby="setup-join-title">
          <h2 id="setup-join-title">{t('setup.join.heading')}</h2>
          <p className="muted">{t('setup.join.intro')}</p>
          <JoinRelayForm onJoined={(state) => dispatch({ type: 'modeChosen', state })} />
        </section>
        <section className="panel setup-choice" aria-labelledby="setup-standalone-title">
          <h2 id="setup-standalone-title">{t('setup.standalone.heading')}</h2>
          <p>{t('setup.standalone.intro')}</p>
          <p className="setup-warning">
            <span aria-hidden="true">ℹ </span>
            {t('setup.standalone.consequence')}
          </p>
          <div className="setup-actions">
            <button
              type="button"
              className="button"
              aria-disabled={working}
              onClick={() => void standalone()}
            >
              {working ? t('setup.standalone.working') : t('setup.standalone.submit')}
            </button>
          </div>
          <div role="status" aria-live="polite">
            {failure === null ? null : (
              <p className="field-error">
                <span aria-hidden="true">⚠ </span>
                {t('setup.refusal.failed')}
                <span className="setup-detail">
                  {t('setup.refusal.detail', { detail: failure })}
                </span>
              </p>
            )}
          </div>
        </section>
      </div>
    </>
  );
}

/** Step 2: the restaurant, with the Settings form itself. */
export function RestaurantStep() {
  const t = useT();
  const { repos } = useDeskData();
  const dispatch = useSetupStore((s) => s.dispatch);
  const saved = useObservable(
    () => repos.settings.get$().pipe(map((settings) => settings !== null)),
    [repos],
    false,
  );
  const [nudge, setNudge] = useState(false);
  return (
    <>
      <p className="setup-intro">{t('setup.restaurant.intro')}</p>
      <div className="panel settings setup-embed">
        <RestaurantSection />
      </div>
      <div className="setup-actions setup-nav">
        <button
          type="button"
          className={saved ? 'button button-primary' : 'button'}
          onClick={() => (saved ? dispatch({ type: 'restaurantSaved' }) : setNudge(true))}
        >
          {t('setup.continue')}
        </button>
        <p className="field-error" role="status" aria-live="polite">
          {nudge && !saved ? t('setup.restaurant.saveFirst') : ''}
        </p>
      </div>
    </>
  );
}

/** Step 3: the platforms, with the Settings section itself; skipping is fine. */
export function PlatformsStep() {
  const t = useT();
  const dispatch = useSetupStore((s) => s.dispatch);
  const connected = usePlatformConfigs().filter((c) => c.active).length;
  return (
    <>
      <p className="setup-intro">{t('setup.platforms.intro')}</p>
      <div className="panel settings setup-embed">
        <PlatformsSection />
      </div>
      <div className="setup-actions setup-nav">
        <button type="button" className="button" onClick={() => dispatch({ type: 'back' })}>
          {t('setup.back')}
        </button>
        <button
          type="button"
          className={connected > 0 ? 'button button-primary' : 'button'}
          onClick={() => dispatch({ type: 'finished' })}
        >
          {connected > 0 ? t('setup.platforms.done') : t('setup.platforms.skip')}
        </button>
      </div>
    </>
  );
}
