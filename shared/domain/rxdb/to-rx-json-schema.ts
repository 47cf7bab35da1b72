import { z } from 'zod';
import type { RxJsonSchema } from 'rxdb';
import { JsonObject, JsonValue } from '../json-value';

/**
 * zod -> RxDB JSON schema. zod's own `z.toJSONSchema` does the translation; this module adapts
 * the result to what RxDB requires and refuses, with a sentence naming the field, what RxDB
 * would otherwise throw later (dev-mode codes SC1..SC42, custom-index CI1/CI2).
 */

/** Top-level keys of T whose values RxDB can index (string, number, integer, boolean). */
export type IndexableKey<T> = {
  [K in keyof T]-?: NonNullable<T[K]> extends string | number | boolean ? K : never;
}[keyof T] &
  string;

export type PrimaryKeyOf<T> =
  | IndexableKey<T>
  | {
      readonly key: IndexableKey<T>;
      readonly fields: readonly IndexableKey<T>[];
      readonly separator: string;
    };

export interface RxSchemaOptions<T> {
  readonly title: string;
  readonly description?: string;
  readonly version: number;
  readonly primaryKey: PrimaryKeyOf<T>;
  /** Each index is a list of top-level fields; RxDB prefixes `_deleted` and appends the pk. */
  readonly indexes: readonly (readonly IndexableKey<T>[])[];
}

type JsonNode = Record<string, unknown>;

/** Names a field may not have: RxDocument members (RxDB's `rxDocumentProperties()`, SC17). */
const RESERVED_FIELD_NAMES = new Set([
  'collection',
  'primaryPath',
  'primary',
  'revision',
  'deleted',
  'deleted$',
  'getLatest',
  'populate',
  'get',
  'toJSON',
  'toMutableJSON',
  'update',
  'incrementalUpdate',
  'updateCRDT',
  'putAttachment',
  'putAttachmentBase64',
  'getAttachment',
  'allAttachments',
  'modify',
  'incrementalModify',
  'patch',
  'incrementalPatch',
  'remove',
  'incrementalRemove',
  'close',
  'synced',
  'properties',
]);
const FIELD_NAME = /^[a-zA-Z](?:[a-zA-Z0-9_]*[a-zA-Z0-9])?$/;
const MAX_INDEXED_STRING = 2048;

export class RxSchemaDerivationError extends Error {
  override readonly name = 'RxSchemaDerivationError';
}

function fail(title: string, message: string): never {
  throw new RxSchemaDerivationError(`${title}: ${message}`);
}

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON Schema path (properties.a.items.properties.b) as a field path (a[].b). */
function fieldPath(path: readonly (string | number)[]): string {
  let out = '';
  for (let i = 0; i < path.length; i += 1) {
    const part = path[i];
    if (part === 'properties' && i + 1 < path.length) {
      out += `${out === '' ? '' : '.'}${String(path[i + 1])}`;
      i += 1;
    } else if (part === 'items') out += '[]';
    else if (part === 'additionalProperties') out += '{}';
    else out += `${out === '' ? '' : '.'}${String(part)}`;
  }
  return out;
}

function zodJsonSchema(title: string, schema: z.ZodType): JsonNode {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'output',
    cycles: 'throw',
    reused: 'inline',
    // An empty registry: ids or metadata registered elsewhere never turn into $defs/$ref.
    metadata: z.registry<Record<string, unknown>>(),
    unrepresentable: (ctx) => {
      if (ctx.zodSchema === (JsonValue as unknown)) return {};
      if (ctx.zodSchema === (JsonObject as unknown)) return { type: 'object' };
      fail(
        title,
        `field "${fieldPath(ctx.path)}" cannot be stored: ${ctx.message}. Use JSON types (EpochMs, not Date; JsonValue for free-form data).`,
      );
    },
  });
  return generated;
}

/** Walks every sub-schema: strips what Ajv strict mode or RxDB refuse, fails on what cannot map. */
function adaptNode(title: string, node: JsonNode, path: string): void {
  for (const forbidden of ['$ref', '$defs', 'definitions']) {
    if (forbidden in node)
      fail(title, `"${path}" uses ${forbidden}; RxDB refuses references (SC40).`);
  }
  if ('default' in node) {
    fail(
      title,
      `"${path}" has a default; stored shapes are explicit, fill defaults when creating.`,
    );
  }
  if (Array.isArray(node.type)) {
    fail(title, `"${path}" has a union type; make the field optional instead of nullable.`);
  }
  // zod's pattern is its exact check; Ajv's own formats (email, date) disagree at the edges.
  if ('format' in node && 'pattern' in node) delete node.format;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isNode(value)) {
      for (const [name, child] of Object.entries(value)) {
        if (isNode(child)) adaptNode(title, child, path === '' ? name : `${path}.${name}`);
      }
    } else if (Array.isArray(value)) {
      value.forEach((child: unknown, i) => {
        if (isNode(child)) adaptNode(title, child, `${path}.${key}[${i}]`);
      });
    } else if (isNode(value)) {
      adaptNode(title, value, `${path}.${key}`);
    }
  }
}

function checkFieldNames(title: string, properties: JsonNode): void {
  for (const name of Object.keys(properties)) {
    if (!FIELD_NAME.test(name)) {
      fail(title, `field "${name}" must match ${FIELD_NAME.source} (RxDB SC1/SC8).`);
    }
    if (RESERVED_FIELD_NAMES.has(name)) {
      fail(title, `field "${name}" clashes with an RxDocument member (SC17); rename it.`);
    }
  }
}

function longestOf(values: unknown[]): number {
  return Math.max(1, ...values.map((v) => (typeof v === 'string' ? v.length : 0)));
}

/** Makes one top-level field indexable in place, or says why it cannot be. */
function prepareKeyField(
  title: string,
  properties: JsonNode,
  required: readonly string[],
  field: string,
  role: 'index' | 'primary key',
): void {
  const node = properties[field];
  if (!isNode(node)) fail(title, `${role} field "${field}" is not a field of the schema (CI1).`);
  const type = node.type;
  if (type === 'string') {
    if (node.maxLength === undefined && Array.isArray(node.enum))
      node.maxLength = longestOf(node.enum);
    if (node.maxLength === undefined && typeof node.const === 'string') {
      node.maxLength = longestOf([node.const]);
    }
    if (typeof node.maxLength !== 'number') {
      fail(title, `${role} field "${field}" is a string without .max(n) (SC34/SC39).`);
    }
    if (node.maxLength > MAX_INDEXED_STRING) {
      fail(
        title,
        `${role} field "${field}" allows ${node.maxLength} characters; at most ${MAX_INDEXED_STRING} (SC42).`,
      );
    }
    return;
  }
  if (role === 'primary key') fail(title, `primary key field "${field}" must be a string (SC16).`);
  if (type === 'integer' || type === 'number') {
    // Integers are exact multiples of 1: saying so changes nothing zod accepts.
    if (type === 'integer' && node.multipleOf === undefined) node.multipleOf = 1;
    const { minimum, maximum, multipleOf } = node;
    if (typeof minimum !== 'number' || typeof maximum !== 'number') {
      fail(
        title,
        `indexed number "${field}" needs .min() and .max() (not exclusive bounds) (SC37).`,
      );
    }
    if (typeof multipleOf !== 'number') {
      fail(title, `indexed number "${field}" needs .multipleOf() or .int() (SC35).`);
    }
    return;
  }
  if (type === 'boolean') {
    if (!required.includes(field)) {
      fail(title, `indexed boolean "${field}" must be required, not optional (SC38).`);
    }
    return;
  }
  fail(title, `field "${field}" of type ${JSON.stringify(type)} cannot be indexed (SC36/CI2).`);
}

/**
 * Derives the RxDB schema of a collection from its zod object schema. Throws
 * RxSchemaDerivationError naming the field when the zod schema cannot be stored as is.
 */
export function toRxJsonSchema<T>(
  schema: z.ZodType<T>,
  options: RxSchemaOptions<T>,
): RxJsonSchema<T> {
  const { title } = options;
  if (!Number.isInteger(options.version) || options.version < 0) {
    fail(title, `version must be an integer >= 0, got ${options.version} (SC11).`);
  }
  const json = zodJsonSchema(title, schema);
  if (json.type !== 'object' || !isNode(json.properties)) {
    fail(title, 'an entity schema must be a zod object.');
  }
  delete json.$schema;
  adaptNode(title, json, '');
  const properties = json.properties;
  const required = Array.isArray(json.required) ? (json.required as string[]) : [];
  checkFieldNames(title, properties);

  const pk = options.primaryKey;
  const pkField = typeof pk === 'string' ? pk : pk.key;
  prepareKeyField(title, properties, required, pkField, 'primary key');
  if (!required.includes(pkField)) fail(title, `primary key "${pkField}" must be required.`);
  if (typeof pk !== 'string') {
    for (const field of pk.fields) {
      prepareKeyField(title, properties, required, field, 'primary key');
      if (!required.includes(field)) fail(title, `primary key part "${field}" must be required.`);
    }
  }
  const seen = new Set<string>();
  for (const index of options.indexes) {
    if (index.length === 0) fail(title, 'an index needs at least one field.');
    if (index.length === 1 && index[0] === pkField) {
      fail(title, `the primary key "${pkField}" is indexed already (SC13).`);
    }
    const key = index.join(',');
    if (seen.has(key)) fail(title, `index [${key}] is declared twice.`);
    seen.add(key);
    for (const field of index) prepareKeyField(title, properties, required, field, 'index');
  }

  const primaryKey =
    typeof pk === 'string' ? pk : { key: pk.key, fields: [...pk.fields], separator: pk.separator };
  const result = {
    title,
    ...(options.description === undefined ? {} : { description: options.description }),
    version: options.version,
    type: 'object',
    primaryKey,
    properties,
    required,
    additionalProperties: false,
    indexes: options.indexes.map((index) => [...index]),
  };
  return result as unknown as RxJsonSchema<T>;
}
