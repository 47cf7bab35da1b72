import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkSchema } from 'rxdb/plugins/dev-mode';
import { JsonObject, JsonValue } from '../json-value';
import { EpochMs, Id } from '../primitives';
import { RxSchemaDerivationError, toRxJsonSchema, type RxSchemaOptions } from './to-rx-json-schema';

/** Options as plain data: these tests feed what the types would refuse, to check the run time. */
interface LooseOptions {
  version?: number;
  primaryKey?: unknown;
  indexes?: string[][];
}
type Loose = Record<string, unknown>;

const base = { title: 'things', version: 0, primaryKey: 'id', indexes: [] };

function deriveFrom(schema: z.ZodType, options: LooseOptions = {}) {
  return toRxJsonSchema(
    schema as unknown as z.ZodType<Loose>,
    { ...base, ...options } as unknown as RxSchemaOptions<Loose>,
  );
}

function derive(shape: z.ZodRawShape, options: LooseOptions = {}) {
  return deriveFrom(z.strictObject({ id: Id, ...shape }), options);
}

function derivationError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RxSchemaDerivationError);
    return (error as Error).message;
  }
  throw new Error('expected a derivation error');
}

describe('toRxJsonSchema', () => {
  it('keeps zod constraints and adds what RxDB needs to index enums and integers', () => {
    const schema = derive(
      { status: z.enum(['open', 'closed']), at: EpochMs, tags: z.array(z.string().max(5)).max(3) },
      { indexes: [['status', 'at']] },
    );
    const props = schema.properties as Record<string, Record<string, unknown>>;
    expect(props.status).toEqual({ type: 'string', enum: ['open', 'closed'], maxLength: 6 });
    expect(props.at).toMatchObject({ type: 'integer', minimum: 0, multipleOf: 1 });
    expect(props.tags).toMatchObject({ type: 'array', maxItems: 3 });
    expect(schema).toMatchObject({ version: 0, primaryKey: 'id', additionalProperties: false });
    expect(schema.required).toEqual(['id', 'status', 'at', 'tags']);
    expect(schema.indexes).toEqual([['status', 'at']]);
    expect(() => checkSchema(schema)).not.toThrow();
  });

  it('drops $schema and Ajv formats that zod already states as a pattern', () => {
    const schema = derive({ email: z.email().max(254) });
    expect(schema).not.toHaveProperty('$schema');
    const email = (schema.properties as Record<string, Record<string, unknown>>).email;
    expect(email).toHaveProperty('pattern');
    expect(email).not.toHaveProperty('format');
  });

  it('maps the JSON payload types and refuses any other unrepresentable type', () => {
    const schema = derive({ raw: JsonObject, any: JsonValue.optional() });
    const props = schema.properties as Record<string, unknown>;
    expect(props.raw).toEqual({ type: 'object' });
    expect(props.any).toEqual({});
    expect(derivationError(() => derive({ when: z.date() }))).toMatch(/"when" cannot be stored/);
    expect(derivationError(() => derive({ big: z.bigint() }))).toMatch(/"big"/);
    expect(derivationError(() => derive({ odd: z.custom<string>(() => true) }))).toMatch(/"odd"/);
  });

  it('refuses what RxDB would refuse later, naming the field', () => {
    const cases: [z.ZodRawShape, LooseOptions, RegExp][] = [
      [{ name: z.string() }, { indexes: [['name']] }, /"name" is a string without \.max/],
      [{ n: z.number() }, { indexes: [['n']] }, /"n" needs \.min\(\) and \.max\(\)/],
      [{ n: z.number().min(0).max(9) }, { indexes: [['n']] }, /"n" needs \.multipleOf/],
      [{ n: z.int().gt(0).max(9) }, { indexes: [['n']] }, /"n" needs \.min/],
      [{ flag: z.boolean().optional() }, { indexes: [['flag']] }, /"flag" must be required/],
      [
        { list: z.array(z.string().max(3)) },
        { indexes: [['list']] },
        /"list" .* cannot be indexed/,
      ],
      [{ s: z.string().max(3000) }, { indexes: [['s']] }, /at most 2048/],
      [{}, { indexes: [['missing']] }, /"missing" is not a field/],
      [{}, { indexes: [['id']] }, /indexed already/],
      [{ a: z.string().max(2) }, { indexes: [['a'], ['a']] }, /declared twice/],
      [{ a: z.string().max(2) }, { indexes: [[]] }, /at least one field/],
      [{ n: z.string().nullable() }, {}, /union type/],
      [{ d: z.string().default('x') }, {}, /has a default/],
      [{ _secret: z.string() }, {}, /"_secret" must match/],
      [{ 'with-dash': z.string() }, {}, /"with-dash" must match/],
      [{ remove: z.string() }, {}, /"remove" clashes with an RxDocument member/],
      [{}, { version: -1 }, /version must be an integer/],
      [{}, { version: 1.5 }, /version must be an integer/],
    ];
    for (const [shape, options, message] of cases) {
      expect(derivationError(() => derive(shape, options))).toMatch(message);
    }
  });

  it('refuses a primary key that is not a bounded required string', () => {
    const numeric = z.strictObject({ id: z.int().min(0).max(9) });
    expect(derivationError(() => deriveFrom(numeric))).toMatch(/must be a string/);
    const unbounded = z.strictObject({ id: z.string() });
    expect(derivationError(() => deriveFrom(unbounded))).toMatch(/without \.max/);
    const optional = z.strictObject({ id: Id.optional() });
    expect(derivationError(() => deriveFrom(optional))).toMatch(/must be required/);
    expect(derivationError(() => deriveFrom(z.string().max(3)))).toMatch(/must be a zod object/);
  });

  it('derives a composite primary key whose parts are bounded strings', () => {
    const shape = z.strictObject({ id: z.string().max(40), a: z.string().max(10), b: Id });
    const schema = toRxJsonSchema(shape, {
      title: 'things',
      version: 0,
      indexes: [],
      primaryKey: { key: 'id', fields: ['a', 'b'], separator: '|' },
    });
    expect(schema.primaryKey).toEqual({ key: 'id', fields: ['a', 'b'], separator: '|' });
    expect(() => checkSchema(schema)).not.toThrow();
  });
});
