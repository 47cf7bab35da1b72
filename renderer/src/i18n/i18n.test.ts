import { describe, expect, it } from 'vitest';
import { messages } from './messages';

const { en, fr } = messages;
import { detectLocale, formatDateTime, translate } from './i18n';

describe('catalogues', () => {
  it('French and English have the same keys and no empty strings', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const value of [...Object.values(en), ...Object.values(fr)])
      expect(value.trim()).not.toBe('');
  });

  it('French is really translated', () => {
    const same = Object.keys(en).filter(
      (k) => en[k as keyof typeof en] === fr[k as keyof typeof en],
    );
    expect(same.sort()).toEqual(['app.name', 'status.version']);
  });
});

describe('locale', () => {
  it('follows the system, French or English, English otherwise', () => {
    expect(detectLocale(['fr-FR', 'en-US'])).toBe('fr');
    expect(detectLocale(['de-DE', 'en-GB'])).toBe('en');
    expect(detectLocale(['FR-ca'])).toBe('fr');
    expect(detectLocale(['es'])).toBe('en');
    expect(detectLocale([])).toBe('en');
  });

  it('translates with parameters', () => {
    expect(translate('fr', 'status.heading')).toBe('État du poste');
  });

  it('formats dates by locale and zone', () => {
    const iso = '2026-11-20T19:30:00Z';
    expect(formatDateTime('fr', iso, 'Europe/Paris')).toBe('vendredi 20 novembre 2026 à 20:30');
    expect(formatDateTime('en', iso, 'Europe/Paris')).toBe('Friday, 20 November 2026 at 20:30');
  });
});
