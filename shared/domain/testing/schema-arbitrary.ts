import fc from 'fast-check';

/**
 * Test support: a fast-check arbitrary of documents that satisfy a (derived) JSON schema, built
 * from the schema itself, so a property test covers every field of every collection without a
 * hand-written generator per entity. Only the keywords our derivation emits are understood; any
 * other keyword fails loudly rather than generating wrong data.
 */

type Node = Record<string, unknown>;

const KNOWN = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'title',
  'description',
  'version',
  'primaryKey',
  'indexes',
]);

export type FieldOverrides = Readonly<Record<string, fc.Arbitrary<unknown>>>;

function num(node: Node, key: string): number | undefined {
  const value = node[key];
  return typeof value === 'number' ? value : undefined;
}

function integerArbitrary(min: number, max: number): fc.Arbitrary<number> {
  if (min >= -0x80000000 && max <= 0x7fffffff) return fc.integer({ min, max });
  return fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number);
}

function stringArbitrary(node: Node): fc.Arbitrary<string> {
  const minLength = num(node, 'minLength') ?? 0;
  const maxLength = num(node, 'maxLength') ?? 300;
  // zod counts UTF-16 units, so the generator does too (astral characters count twice).
  const fits = (s: string): boolean => s.length >= minLength && s.length <= maxLength;
  if (typeof node.pattern === 'string') {
    return fc.stringMatching(new RegExp(node.pattern)).filter(fits);
  }
  return fc.string({ unit: 'grapheme', minLength, maxLength }).filter(fits);
}

export function arbitraryOf(
  schema: Node,
  overrides: FieldOverrides = {},
  path = '',
): fc.Arbitrary<unknown> {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key))
      throw new Error(`schema-arbitrary: keyword "${key}" at "${path}" not supported`);
  }
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  switch (schema.type) {
    case undefined:
      return fc.jsonValue({ maxDepth: 3 });
    case 'string':
      return stringArbitrary(schema);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = num(schema, 'minimum') ?? Number.MIN_SAFE_INTEGER;
      const max = num(schema, 'maximum') ?? Number.MAX_SAFE_INTEGER;
      return integerArbitrary(min, max);
    }
    case 'number': {
      const minExcluded = num(schema, 'exclusiveMinimum');
      const maxExcluded = num(schema, 'exclusiveMaximum');
      return fc.double({
        min: num(schema, 'minimum') ?? minExcluded ?? -1e9,
        max: num(schema, 'maximum') ?? maxExcluded ?? 1e9,
        minExcluded: minExcluded !== undefined,
        maxExcluded: maxExcluded !== undefined,
        noNaN: true,
        noDefaultInfinity: true,
      });
    }
    case 'array': {
      const items = schema.items as Node;
      return fc.array(arbitraryOf(items, overrides, `${path}[]`), {
        minLength: num(schema, 'minItems') ?? 0,
        maxLength: Math.min(num(schema, 'maxItems') ?? 5, 5),
      });
    }
    case 'object': {
      const properties = schema.properties as Record<string, Node> | undefined;
      if (properties === undefined) {
        const values = schema.additionalProperties;
        const keys =
          schema.propertyNames === undefined
            ? fc.string({ maxLength: 10 })
            : (arbitraryOf(
                schema.propertyNames as Node,
                overrides,
                `${path}{}`,
              ) as fc.Arbitrary<string>);
        const value =
          typeof values === 'object' && values !== null
            ? arbitraryOf(values as Node, overrides, `${path}{}`)
            : fc.jsonValue({ maxDepth: 2 });
        return fc.dictionary(keys, value, { maxKeys: 4 });
      }
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, child] of Object.entries(properties)) {
        const full = path === '' ? name : `${path}.${name}`;
        model[name] = overrides[full] ?? arbitraryOf(child, overrides, full);
      }
      const required = (schema.required as string[] | undefined) ?? [];
      return fc.record(model, { requiredKeys: required });
    }
    default:
      throw new Error(`schema-arbitrary: type ${JSON.stringify(schema.type)} at "${path}"`);
  }
}
