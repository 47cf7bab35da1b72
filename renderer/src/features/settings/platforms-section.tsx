import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import type { MessageKey } from '../../i18n/messages';
import { formatInstant, platformName } from '../inbox/field-words';
import { useObservable } from '../../data/use-observable';
import { useDeskData } from '../../data/desk-data-context';
import { usePlatformConfigs } from './use-settings-data';

/**
 * Platforms, read-only: connecting needs main-process commands (credentials sealed by the secret
 * box) that do not exist yet, so there is no connect button here, only what is configured.
 */
export function PlatformsSection() {
  const t = useT();
  const locale = useDeskStore((s) => s.locale);
  const { repos } = useDeskData();
  const settings = useObservable(() => repos.settings.get$(), [repos], null);
  const zone = settings?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const configs = usePlatformConfigs();
  const entities = (types: readonly string[]) =>
    types.length === 0
      ? t('settings.platforms.mastersNothing')
      : types.map((e) => t(`settings.entity.${e}` as MessageKey)).join(', ');
  return (
    <section aria-labelledby="platforms-title">
      <h2 id="platforms-title">{t('settings.platforms.heading')}</h2>
      <p className="note">
        <span aria-hidden="true">ℹ </span>
        {t('settings.platforms.comingSoon')}
      </p>
      {configs.length === 0 ? (
        <p className="muted">{t('settings.platforms.empty')}</p>
      ) : (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">{t('settings.platforms.platform')}</th>
              <th scope="col">{t('settings.platforms.masters')}</th>
              <th scope="col">{t('settings.platforms.poll')}</th>
              <th scope="col">{t('settings.platforms.state')}</th>
              <th scope="col">{t('settings.platforms.lastSync')}</th>
              <th scope="col">{t('settings.platforms.lastError')}</th>
            </tr>
          </thead>
          <tbody>
            {configs.map((c) => (
              <tr key={c.id} className={c.active ? undefined : 'inactive'}>
                <th scope="row">{platformName(c.platform, c.displayName)}</th>
                <td>{entities(c.masterFor)}</td>
                <td>{t('settings.platforms.pollValue', { seconds: c.pollIntervalSeconds })}</td>
                <td>{c.active ? t('settings.active') : t('settings.inactive')}</td>
                <td>
                  {c.lastSyncAt === undefined
                    ? t('settings.platforms.never')
                    : formatInstant(c.lastSyncAt, locale, zone)}
                </td>
                <td>
                  {c.lastError === undefined ? (
                    t('settings.platforms.noError')
                  ) : (
                    <span className="field-error">
                      <span aria-hidden="true">⚠ </span>
                      {c.lastError.message}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
