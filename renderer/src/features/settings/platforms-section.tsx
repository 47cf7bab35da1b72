import { useCallback, useEffect, useState } from 'react';
import type { PlatformSummary } from '../../../../shared/contract/platform-commands';
import { useBridgeApi } from '../../app/bridge-context';
import { useT } from '../../app/use-t';
import { platformName } from '../inbox/field-words';
import { PlatformCard } from './platform-card';
import { CONNECTABLE, isConnectable } from './platform-connect-model';
import { usePlatformConfigs } from './use-settings-data';
import './platforms.css';

const NAMES: Record<string, string> = { thefork: 'TheFork', formitable: 'Zenchef (Formitable)' };

type Listing =
  | { state: 'loading' }
  | { state: 'ready'; summaries: readonly PlatformSummary[] }
  | { state: 'failed'; message: string };

/**
 * Settings › Platforms: connect TheFork and Zenchef (Formitable) with their credentials (checked
 * and sealed by main), see them masked afterwards, disconnect, and copy the webhook address.
 */
export function PlatformsSection() {
  const t = useT();
  const api = useBridgeApi();
  const configs = usePlatformConfigs();
  const [listing, setListing] = useState<Listing>({ state: 'loading' });

  const reload = useCallback(
    () =>
      api.platformsList({}).then(
        (summaries) => setListing({ state: 'ready', summaries }),
        (error: unknown) =>
          setListing({
            state: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      ),
    [api],
  );

  // Again whenever a platform's configuration changes (here, on another desk, or by the sync).
  const configStamp = configs.map((c) => `${c.platform}:${c.active}:${c.updatedAt}`).join('|');
  useEffect(() => {
    void reload();
  }, [reload, configStamp]);

  const summaries = listing.state === 'ready' ? listing.summaries : [];
  const others = configs.filter((c) => !isConnectable(c.platform));
  return (
    <section aria-labelledby="platforms-title" className="platforms">
      <h2 id="platforms-title">{t('settings.platforms.heading')}</h2>
      <p className="note">
        <span aria-hidden="true">ℹ </span>
        {t('settings.platforms.intro')}
      </p>
      {listing.state === 'loading' ? (
        <p className="muted">{t('settings.platforms.loading')}</p>
      ) : (
        <>
          {listing.state === 'failed' ? (
            <p className="form-message" role="alert">
              <span aria-hidden="true">⚠ </span>
              {t('settings.platforms.listFailed', { message: listing.message })}
            </p>
          ) : null}
          <div className="platform-cards">
            {CONNECTABLE.map((platform) => {
              const summary = summaries.find((s) => s.platform === platform);
              return (
                <PlatformCard
                  key={platform}
                  platform={platform}
                  name={summary?.displayName ?? NAMES[platform] ?? platform}
                  summary={summary}
                  onChanged={reload}
                />
              );
            })}
          </div>
        </>
      )}
      {others.length === 0 ? null : (
        <div className="platform-others">
          <h3>{t('settings.platforms.others')}</h3>
          <ul>
            {others.map((c) => (
              <li key={c.id}>
                {platformName(c.platform, c.displayName)}
                {' · '}
                {c.active ? t('settings.active') : t('settings.inactive')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
