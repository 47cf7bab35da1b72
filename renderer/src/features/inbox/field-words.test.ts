import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { coversText, fieldLabel, formatValue, platformName, type ValueFormat } from './field-words';

const en: ValueFormat = {
  t: (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params),
  locale: 'en',
  timeZone: 'Europe/Paris',
  names: new Map([['t1', 'T1']]),
};
const fr: ValueFormat = { ...en, locale: 'fr', t: (k, p) => translate('fr', k, p) };

describe('field words', () => {
  it('names fields in words, in both languages, and keeps unknown names', () => {
    expect(fieldLabel('partySize', en.t)).toBe('Covers');
    expect(fieldLabel('partySize', fr.t)).toBe('Couverts');
    expect(fieldLabel('constructor', en.t)).toBe('constructor');
    expect(fieldLabel('mysteryField', en.t)).toBe('mysteryField');
  });

  it('shows instants in the restaurant zone, not the machine zone', () => {
    // 18:00 UTC on 29 March 2026 is 20:00 in Paris (summer time started that morning).
    expect(formatValue('startsAt', Date.parse('2026-03-29T18:00:00Z'), en)).toMatch(/20:00/);
    expect(formatValue('startsAt', Date.parse('2026-03-29T18:00:00Z'), fr)).toMatch(/20:00/);
  });

  it('formats statuses, durations, lists, ids and empties', () => {
    expect(formatValue('status', 'no_show', en)).toBe('No-show');
    expect(formatValue('status', 'no_show', fr)).toBe('Absent');
    expect(formatValue('status', 'weird', en)).toBe('weird');
    expect(formatValue('durationMinutes', 90, en)).toBe('90 minutes');
    expect(formatValue('durationMinutes', 90, fr)).toBe('90 min');
    expect(formatValue('allergies', ['nuts', 'gluten'], en)).toBe('nuts, gluten');
    expect(formatValue('tableIds', ['t1', 't9'], en)).toBe('T1, t9');
    expect(formatValue('notes', undefined, en)).toBe('(empty)');
    expect(formatValue('notes', [], fr)).toBe('(vide)');
    expect(formatValue('partySize', 1200, fr)).toMatch(/1\s?200/);
    expect(formatValue('extra', { a: 1 }, en)).toBe('{"a":1}');
    expect(formatValue('startsAt', -5, en)).toBe('-5');
  });

  it('says covers in the singular or plural of each language', () => {
    expect(coversText(1, 'en', en.t)).toBe('1 cover');
    expect(coversText(3, 'en', en.t)).toBe('3 covers');
    expect(coversText(1, 'fr', fr.t)).toBe('1 couvert');
    expect(coversText(2, 'fr', fr.t)).toBe('2 couverts');
    expect(formatValue('source', 'thefork', en)).toBe('TheFork');
    expect(formatValue('source', 'walk_in', fr)).toBe('Sans réservation');
  });

  it('names platforms', () => {
    expect(platformName('thefork')).toBe('TheFork');
    expect(platformName('thefork', 'TheFork Manager')).toBe('TheFork Manager');
    expect(platformName('newone')).toBe('newone');
  });
});
