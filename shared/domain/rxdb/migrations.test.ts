import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MigrationError, buildMigrationStrategies, migrationStep } from './migrations';

const V0 = z.strictObject({ id: z.string(), name: z.string() });
const V1 = z.strictObject({ id: z.string(), first: z.string(), last: z.string() });
const V2 = z.strictObject({
  id: z.string(),
  first: z.string(),
  last: z.string(),
  vip: z.boolean(),
});

const toV1 = migrationStep({
  toVersion: 1,
  from: V0,
  to: V1,
  migrate: (doc) => {
    if (doc.name === 'DROP ME') return null;
    const [first = '', ...rest] = doc.name.split(' ');
    return { id: doc.id, first, last: rest.join(' ') };
  },
});
const toV2 = migrationStep({
  toVersion: 2,
  from: V1,
  to: V2,
  migrate: (doc) => ({ ...doc, vip: false }),
});

type Strategy = (doc: Record<string, unknown>) => unknown;

describe('buildMigrationStrategies', () => {
  it('turns a chain of steps into RxDB strategies keyed by target version', () => {
    const strategies = buildMigrationStrategies('people', 'id', 2, [toV1, toV2]);
    expect(Object.keys(strategies)).toEqual(['1', '2']);
    const one = strategies[1] as Strategy;
    const two = strategies[2] as Strategy;
    const stored = { id: 'p1', name: 'Ada King Lovelace', _rev: '3-x', _attachments: {} };
    const v1 = one(stored);
    expect(v1).toEqual({
      id: 'p1',
      first: 'Ada',
      last: 'King Lovelace',
      _rev: '3-x',
      _attachments: {},
    });
    expect(two(v1 as Record<string, unknown>)).toMatchObject({ vip: false, _rev: '3-x' });
    expect(one({ id: 'p2', name: 'DROP ME' })).toBeNull();
  });

  it('refuses a chain with a hole, an extra step or a wrong target', () => {
    expect(() => buildMigrationStrategies('people', 'id', 2, [toV1])).toThrow(
      /version 2 needs 2 migration step\(s\), found 1/,
    );
    expect(() => buildMigrationStrategies('people', 'id', 0, [toV1])).toThrow(MigrationError);
    expect(() => buildMigrationStrategies('people', 'id', 2, [toV2, toV1])).toThrow(
      /step 0 must produce version 1, it says 2/,
    );
    expect(buildMigrationStrategies('people', 'id', 0, [])).toEqual({});
  });

  it('refuses a stored document that does not match its version, naming it', () => {
    const one = buildMigrationStrategies('people', 'id', 1, [toV1])[1] as Strategy;
    expect(() => one({ id: 'p3', name: 42 })).toThrow(
      /people: cannot migrate document "p3" to v1: it does not match v0/,
    );
    expect(() => one({ name: 'x', hacker: true })).toThrow(/a document without a primary key/);
  });

  it('refuses a step that produces an invalid document', () => {
    const broken = migrationStep({
      toVersion: 1,
      from: V0,
      to: V1,
      migrate: (doc) => ({ id: doc.id, first: doc.name }) as z.infer<typeof V1>,
    });
    const one = buildMigrationStrategies('people', 'id', 1, [broken])[1] as Strategy;
    expect(() => one({ id: 'p4', name: 'Grace' })).toThrow(
      /produced an invalid document[\s\S]*last/,
    );
  });
});
