import type { ComponentType, KeyboardEvent } from 'react';
import { useT } from '../../app/use-t';
import { OffersSection } from './offers-section';
import { PlatformsSection } from './platforms-section';
import { RestaurantSection } from './restaurant-section';
import { RoomsSection } from './rooms-section';
import { ServicesSection } from './services-section';
import { RelaySection } from '../setup/relay-section';
import { SETTINGS_SECTIONS, useSettingsStore, type SettingsSection } from './settings-store';
import './settings.css';

const BODY: Record<SettingsSection, ComponentType> = {
  restaurant: RestaurantSection,
  services: ServicesSection,
  offers: OffersSection,
  rooms: RoomsSection,
  platforms: PlatformsSection,
  relay: RelaySection,
};

/** Screen 5: the restaurant, services, offers, rooms, and the platforms configured. */
export function SettingsScreen() {
  const t = useT();
  const section = useSettingsStore((s) => s.section);
  const setSection = useSettingsStore((s) => s.setSection);
  const Body = BODY[section];
  const onKey = (event: KeyboardEvent) => {
    const index = SETTINGS_SECTIONS.indexOf(section);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next =
      SETTINGS_SECTIONS[(index + step + SETTINGS_SECTIONS.length) % SETTINGS_SECTIONS.length];
    if (next !== undefined) {
      setSection(next);
      document.getElementById(`settings-tab-${next}`)?.focus();
    }
  };
  return (
    <div className="settings">
      <h1>{t('settings.title')}</h1>
      <div
        className="settings-tabs"
        role="tablist"
        aria-label={t('settings.sections')}
        onKeyDown={onKey}
      >
        {SETTINGS_SECTIONS.map((s) => (
          <button
            key={s}
            id={`settings-tab-${s}`}
            type="button"
            role="tab"
            aria-selected={s === section}
            aria-controls="settings-panel"
            tabIndex={s === section ? 0 : -1}
            className="settings-tab"
            onClick={() => setSection(s)}
          >
            {t(`settings.tab.${s}`)}
          </button>
        ))}
      </div>
      <div
        id="settings-panel"
        role="tabpanel"
        aria-labelledby={`settings-tab-${section}`}
        className="panel settings-panel"
      >
        <Body />
      </div>
    </div>
  );
}
