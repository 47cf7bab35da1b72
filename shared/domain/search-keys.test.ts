import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NAME_KEY_MAX_LENGTH, nameKey, phoneKey } from './search-keys';
import { customerSearchQuery, looksLikePhone } from './queries/customer-queries';

describe('search keys', () => {
  it('names: case, accents, punctuation and spacing do not matter', () => {
    expect(nameKey("  Zoë   O'Neil ")).toBe('zoe o neil');
    expect(nameKey('MÜLLER-Straße')).toBe('muller strasse');
    expect(nameKey('Ångström, Åsa')).toBe('angstrom asa');
    expect(nameKey('李小龍')).toBe('李小龍');
    expect(nameKey('!!!')).toBe('');
  });

  it('names: bounded, idempotent, never a broken surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (name) => {
        const key = nameKey(name);
        expect(key.length).toBeLessThanOrEqual(NAME_KEY_MAX_LENGTH);
        expect(nameKey(key)).toBe(key);
        expect(key).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        expect(key).toBe(key.trim());
      }),
    );
  });

  it('phones: digits without trunk zeros, so local and international forms meet', () => {
    expect(phoneKey('+33 6 12 34 56 78')).toBe('33612345678');
    expect(phoneKey('06 12 34 56 78')).toBe('612345678');
    expect(phoneKey('(212) 555-0100')).toBe('2125550100');
    expect(phoneKey('+33612345678')).toContain(phoneKey('06 12 34'));
  });

  it('search queries: phone digits or name word prefixes, regex characters escaped', () => {
    expect(looksLikePhone('06 12')).toBe(true);
    expect(looksLikePhone('Dupont 2')).toBe(false);
    expect(customerSearchQuery('06 12', 10)?.selector).toEqual({ phoneKey: { $regex: '612' } });
    expect(customerSearchQuery('Dupônt', 10)?.selector).toEqual({
      nameKey: { $regex: '(^| )dupont' },
    });
    expect(customerSearchQuery('a.*(', 10)?.selector).toEqual({ nameKey: { $regex: '(^| )a' } });
    expect(customerSearchQuery('   ', 10)).toBeNull();
    expect(customerSearchQuery('***', 10)).toBeNull();
    expect(customerSearchQuery('dupont', 0)).toBeNull();
  });
});
