import { describe, expect, it } from 'vitest';
import { diffRows, jsonEqual, unionList } from './conflict-diff';
import { sampleConflict } from './testing/conflict-fixtures';

describe('conflict diff', () => {
  it('lists the disputed fields first, in order, then the others without bookkeeping', () => {
    const { disputed, others } = diffRows(sampleConflict());
    expect(disputed.map((r) => [r.field, r.local, r.remote, r.differs])).toEqual([
      ['partySize', 4, 6, true],
      ['allergies', ['nuts'], ['Gluten', 'NUTS'], true],
      ['notes', 'window', undefined, true],
    ]);
    expect(others.map((r) => [r.field, r.differs])).toEqual([
      ['guestName', false],
      ['occasion', true],
      ['status', false],
    ]);
  });

  it('falls back to the whole versions when a disputed field carries no values', () => {
    const { disputed } = diffRows(sampleConflict({ fields: [{ field: 'partySize' }] }));
    expect(disputed[0]).toMatchObject({ local: 4, remote: 6, differs: true });
  });

  it('compares JSON deeply', () => {
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
    expect(jsonEqual(null, undefined)).toBe(false);
    expect(jsonEqual({ a: 1 }, { b: 1 })).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
  });

  it('unions lists without losing an allergy and ignores junk', () => {
    expect(unionList(['nuts', ' Shellfish '], ['NUTS', 'gluten'])).toEqual([
      'nuts',
      'Shellfish',
      'gluten',
    ]);
    expect(unionList(undefined, ['milk'])).toEqual(['milk']);
    expect(unionList('nuts', [1, null, '', '  ', 'egg'])).toEqual(['egg']);
  });
});
