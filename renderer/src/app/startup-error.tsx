import { translate, detectLocale } from '../i18n/i18n';

/** Shown when the desk's data cannot be opened: what happened and what to do. */
export function StartupError({ error }: { error: unknown }) {
  const locale = detectLocale(navigator.languages);
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <main className="content">
      <section className="panel" role="alert">
        <h1>{translate(locale, 'startup.failed')}</h1>
        <p>{translate(locale, 'startup.hint')}</p>
        <p className="mono">{detail}</p>
      </section>
    </main>
  );
}
