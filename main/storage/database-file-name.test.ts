import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { databaseFileName } from './database-file-name';

describe('databaseFileName', () => {
  it('keeps short lower-case names readable', () => {
    expect(databaseFileName('desk')).toBe('desk.sqlite');
    expect(databaseFileName('test-db_2')).toBe('test-db_2.sqlite');
  });

  it('never lets a name leave the directory or hide as a dot file', () => {
    for (const name of [
      '../../etc/passwd',
      '/abs/path',
      '..',
      '.',
      'a/b',
      'a\\b',
      '.hidden',
      '\u0000x',
    ]) {
      const file = databaseFileName(name);
      expect(path.basename(file)).toBe(file);
      expect(file).not.toMatch(/[/\\]/);
      expect(file.includes(String.fromCharCode(0))).toBe(false);
      expect(file.startsWith('.')).toBe(false);
    }
  });

  it('gives different names different files, also on case-insensitive file systems', () => {
    const names = [
      'desk',
      'Desk',
      'DESK',
      'desk.sqlite',
      'désk',
      'desk ',
      'con',
      'CON',
      'x'.repeat(81),
    ];
    const files = names.map((n) => databaseFileName(n).toLowerCase());
    expect(new Set(files).size).toBe(names.length);
    // A plain name cannot look like a hashed one: plain names have no dot.
    expect(databaseFileName('desk-0123456789abcdef')).toBe('desk-0123456789abcdef.sqlite');
  });

  it('avoids the device names Windows reserves', () => {
    expect(databaseFileName('con')).toMatch(/^db-con\.[0-9a-f]{16}\.sqlite$/);
    expect(databaseFileName('LPT1')).toMatch(/^db-lpt1\.[0-9a-f]{16}\.sqlite$/);
  });

  it('bounds the length and refuses an empty name', () => {
    expect(databaseFileName('ü'.repeat(5000)).length).toBeLessThan(80);
    expect(() => databaseFileName('')).toThrow(/must not be empty/);
  });
});
