import { useEffect, useRef, type ReactNode } from 'react';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import type { MessageKey } from '../../i18n/messages';
import { SETUP_STEPS, stepNumber, type FlowPosition, type SetupStep } from './setup-flow';
import { HowStep, PlatformsStep, RestaurantStep } from './setup-steps';
import './setup.css';

const HEADING: Record<SetupStep, MessageKey> = {
  how: 'setup.how.heading',
  restaurant: 'setup.restaurant.heading',
  platforms: 'setup.platforms.heading',
};

/** The first launch, shown instead of the desk's screens until the desk is set up. */
export function SetupScreen({ position }: { position: FlowPosition }) {
  const t = useT();
  const step = position.kind === 'step' ? position.step : null;
  return (
    <div className="setup">
      <SetupHeader />
      <main className="setup-main" id="main">
        {step === null ? (
          <p className="muted" role="status">
            {t('setup.loading')}
          </p>
        ) : (
          <StepFrame step={step}>
            {step === 'how' ? <HowStep /> : null}
            {step === 'restaurant' ? <RestaurantStep /> : null}
            {step === 'platforms' ? <PlatformsStep /> : null}
          </StepFrame>
        )}
      </main>
    </div>
  );
}

function SetupHeader() {
  const t = useT();
  const locale = useDeskStore((s) => s.locale);
  const setLocale = useDeskStore((s) => s.setLocale);
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          C
        </span>
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('setup.title')}</span>
      </div>
      <button
        type="button"
        className="button button-quiet"
        aria-label={t('language.toggle')}
        onClick={() => setLocale(locale === 'en' ? 'fr' : 'en')}
      >
        {locale === 'en' ? 'FR' : 'EN'}
      </button>
    </header>
  );
}

/** Progress ("Step 2 of 3" and the list of steps), then the step under its heading. */
function StepFrame({ step, children }: { step: SetupStep; children: ReactNode }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new step moves the focus to its heading, so a screen reader announces where the person is.
  useEffect(() => heading.current?.focus(), [step]);
  const current = stepNumber(step);
  return (
    <>
      <nav className="setup-progress" aria-label={t('setup.steps')}>
        <p className="setup-count">
          {t('setup.progress', { step: current, total: SETUP_STEPS.length })}
        </p>
        <ol className="setup-steps">
          {SETUP_STEPS.map((s, index) => (
            <li
              key={s}
              aria-current={s === step ? 'step' : undefined}
              className={index + 1 < current ? 'done' : undefined}
            >
              <span className="setup-step-number" aria-hidden="true">
                {index + 1 < current ? '✓' : index + 1}
              </span>
              {t(`setup.step.${s}`)}
            </li>
          ))}
        </ol>
      </nav>
      <h1 className="setup-heading" ref={heading} tabIndex={-1}>
        {t(HEADING[step])}
      </h1>
      {children}
    </>
  );
}
