import { useDeskStore } from './desk-store';
import { useT } from './use-t';

export function TopBar() {
  const t = useT();
  const connection = useDeskStore((s) => s.connection);
  const locale = useDeskStore((s) => s.locale);
  const setLocale = useDeskStore((s) => s.setLocale);
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          C
        </span>
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <div className="top-bar-right">
        <p className={`connection connection-${connection}`} role="status" aria-live="polite">
          <span className="connection-dot" aria-hidden="true" />
          {t(`connection.${connection}`)}
        </p>
        <button
          type="button"
          className="button button-quiet"
          aria-label={t('language.toggle')}
          onClick={() => setLocale(locale === 'en' ? 'fr' : 'en')}
        >
          {locale === 'en' ? 'FR' : 'EN'}
        </button>
      </div>
    </header>
  );
}
