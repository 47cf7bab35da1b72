import { useDeskStore } from './desk-store';
import { SCREENS } from './screens';
import { useT } from './use-t';

export function TopBar() {
  const t = useT();
  const connection = useDeskStore((s) => s.connection);
  const locale = useDeskStore((s) => s.locale);
  const setLocale = useDeskStore((s) => s.setLocale);
  const current = useDeskStore((s) => s.screen);
  const setScreen = useDeskStore((s) => s.setScreen);
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          C
        </span>
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <nav className="main-nav" aria-label={t('nav.label')}>
        {SCREENS.map((screen, index) => (
          <button
            key={screen.id}
            type="button"
            className="nav-item"
            aria-current={current === screen.id ? 'page' : undefined}
            aria-keyshortcuts={`Alt+${index + 1}`}
            onClick={() => setScreen(screen.id)}
          >
            {t(screen.label)}
            {screen.badge ? <screen.badge /> : null}
          </button>
        ))}
      </nav>
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
