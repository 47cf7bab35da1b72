import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { fillWithDefaultSettings } from 'rxdb';
import { checkSchema } from 'rxdb/plugins/dev-mode';
import { getValidator } from 'rxdb/plugins/validate-ajv';
import { deskCollectionDefinitions } from './desk-collections';
import type { AnyCollectionDefinition } from './rxdb/collection-definition';
import { arbitraryOf } from './testing/schema-arbitrary';
import { fieldOverrides, repair } from './testing/entity-repairs';

/**
 * zod is the gate at every write; the derived RxDB schema (Ajv in dev-mode, and RxDB's index
 * keys) must never refuse what zod accepts, and must refuse what zod refuses for structural
 * reasons. The only allowed differences are named: zod refinements (cross-field rules, time
 * zones, locales, JSON payload checks) and Ajv counting code points where zod counts UTF-16 units.
 */

type Doc = Record<string, unknown>;

function ajvFor(def: AnyCollectionDefinition): (doc: Doc) => boolean {
  const validate = getValidator(fillWithDefaultSettings(def.jsonSchema));
  return (doc) => {
    const stored = { ...doc, _deleted: false, _rev: '1-a', _meta: { lwt: 1 }, _attachments: {} };
    const errors: unknown = validate(stored);
    return Array.isArray(errors) && errors.length === 0;
  };
}

function valueAt(doc: unknown, path: readonly PropertyKey[]): unknown {
  let value = doc;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

/** True when zod's refusal is one of the named, expected differences with Ajv. */
function explained(issues: readonly z.core.$ZodIssue[], doc: unknown): boolean {
  return issues.every((issue) => {
    if (issue.code === 'custom') return true;
    if (issue.code === 'too_big' && issue.origin === 'string') {
      const value = valueAt(doc, issue.path);
      if (typeof value !== 'string') return false;
      const codePoints = value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '_').length;
      return codePoints <= Number(issue.maximum);
    }
    return false;
  });
}

function validDocs(def: AnyCollectionDefinition): fc.Arbitrary<Doc> {
  return arbitraryOf(def.jsonSchema as unknown as Doc, fieldOverrides).map((d) =>
    repair(def.name, d),
  );
}

const HOSTILE: unknown[] = [
  null,
  '',
  'x'.repeat(5000),
  '😀'.repeat(40),
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  253_402_300_800_000,
  true,
  [],
  {},
  ['a', 'a'],
  { nested: { deeper: [1] } },
  'Ünïcødé ✓',
];

describe('desk collection schemas', () => {
  it('are accepted by RxDB dev-mode checks, with every index ending in the primary key', () => {
    expect(deskCollectionDefinitions).toHaveLength(13);
    for (const def of deskCollectionDefinitions as readonly AnyCollectionDefinition[]) {
      expect(() => checkSchema(def.jsonSchema), def.name).not.toThrow();
      const filled = fillWithDefaultSettings(def.jsonSchema);
      for (const index of filled.indexes ?? []) {
        const fields = typeof index === 'string' ? [index] : index;
        expect(fields.at(-1), `${def.name} [${fields.join(',')}]`).toBe(def.primaryPath);
      }
    }
  });

  it('have unique collection names that RxDB accepts', () => {
    const names = deskCollectionDefinitions.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  for (const def of deskCollectionDefinitions as readonly AnyCollectionDefinition[]) {
    describe(def.name, () => {
      const ajv = ajvFor(def);

      it('documents zod accepts are accepted by the RxDB schema', () => {
        fc.assert(
          fc.property(validDocs(def), (doc) => {
            const parsed = def.schema.safeParse(doc);
            expect(parsed.error?.issues ?? []).toEqual([]);
            expect(ajv(doc)).toBe(true);
          }),
          { numRuns: 60 },
        );
      });

      it('zod and RxDB agree on hostile changes (one field replaced, removed or added)', () => {
        const mutation = fc.tuple(
          validDocs(def),
          fc.constantFrom('set', 'delete', 'extra'),
          fc.nat(),
          fc.oneof(fc.constantFrom(...HOSTILE), fc.jsonValue({ maxDepth: 2 })),
        );
        fc.assert(
          fc.property(mutation, ([doc, kind, pick, hostile]) => {
            const keys = Object.keys(def.jsonSchema.properties);
            const key = keys[pick % keys.length] ?? 'id';
            if (kind === 'set') doc[key] = hostile;
            if (kind === 'delete') Reflect.deleteProperty(doc, key);
            if (kind === 'extra') doc.injected = hostile;
            const zod = def.schema.safeParse(doc);
            const rx = ajv(doc);
            if (zod.success) expect(rx).toBe(true);
            else if (rx) expect(explained(zod.error.issues, doc)).toBe(true);
          }),
          { numRuns: 150 },
        );
      });
    });
  }
});
