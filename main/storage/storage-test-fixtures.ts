/**
 * Shared by the storage tests: a schema that exercises every index type, document factories and
 * helpers to open instances of our storage and of RxDB's memory storage (the oracle).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createRevision,
  fillWithDefaultSettings,
  normalizeMangoQuery,
  now,
  prepareQuery,
  randomToken,
  type MangoQuery,
  type PreparedQuery,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorage,
  type RxStorageInstance,
  type RxStorageWriteError,
} from 'rxdb';

export interface TestDoc {
  id: string;
  name: string;
  age: number;
  score?: number;
  active: boolean;
  tags: string[];
  nested: { city: string; zip?: number };
  items: { k: string; v: number }[];
}

export const testSchema: RxJsonSchema<TestDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 40 },
    name: { type: 'string', maxLength: 24 },
    age: { type: 'integer', minimum: 0, maximum: 150, multipleOf: 1 },
    score: { type: 'number', minimum: -100, maximum: 1000, multipleOf: 0.01 },
    active: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' } },
    nested: {
      type: 'object',
      properties: {
        city: { type: 'string', maxLength: 24 },
        zip: { type: 'integer', minimum: 0, maximum: 99999, multipleOf: 1 },
      },
      required: ['city'],
    },
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: { k: { type: 'string' }, v: { type: 'number' } },
      },
    },
  },
  required: ['id', 'name', 'age', 'active', 'tags', 'nested', 'items'],
  indexes: ['name', ['age', 'name'], ['active', 'age'], 'nested.city'],
};

export const storageSchema = fillWithDefaultSettings(testSchema);

/** A stored document: the given fields plus RxDB's meta fields. */
export function stored(
  doc: TestDoc,
  options: { deleted?: boolean; previous?: RxDocumentData<TestDoc> } = {},
): RxDocumentData<TestDoc> {
  const base = {
    ...doc,
    _deleted: options.deleted ?? false,
    _attachments: {},
    _meta: { lwt: now() },
    _rev: '',
  };
  base._rev = createRevision(randomToken(10), options.previous);
  return base;
}

export function makeDoc(id: string, fields: Partial<TestDoc> = {}): TestDoc {
  return {
    id,
    name: `name-${id}`,
    age: 30,
    active: true,
    tags: [],
    nested: { city: 'Lyon' },
    items: [],
    ...fields,
  };
}

/** A query as RxDB hands it to a storage (normalized, with its plan); may select on `_deleted`. */
export function prepared<T>(
  schema: RxJsonSchema<RxDocumentData<T>>,
  query: MangoQuery<RxDocumentData<T>>,
): PreparedQuery<T> {
  return prepareQuery(schema, normalizeMangoQuery(schema, query as MangoQuery<T>));
}

export type TestInstance<T = TestDoc> = RxStorageInstance<T, unknown, unknown>;

export async function openInstance<T = TestDoc>(
  storage: RxStorage<unknown, unknown>,
  options: {
    databaseName?: string;
    collectionName?: string;
    schema?: RxJsonSchema<RxDocumentData<T>>;
    multiInstance?: boolean;
  } = {},
): Promise<TestInstance<T>> {
  return storage.createStorageInstance<T>({
    databaseInstanceToken: randomToken(10),
    databaseName: options.databaseName ?? 'testdb',
    collectionName: options.collectionName ?? 'docs',
    schema: options.schema ?? (storageSchema as unknown as RxJsonSchema<RxDocumentData<T>>),
    options: {},
    multiInstance: options.multiInstance ?? false,
    devMode: true,
  });
}

/** A fresh temporary folder and a function that removes it. */
export function tempDirectory(prefix = 'couvert-storage-'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Documents sorted by id, for comparisons where the order is not part of the contract. */
export const byId = <T extends { id: string }>(docs: T[]) =>
  [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The stored document of a 409 error. */
export function conflictOf<T>(error: RxStorageWriteError<T> | undefined): RxDocumentData<T> {
  if (error?.status !== 409) throw new Error(`expected a 409 error, got ${JSON.stringify(error)}`);
  return error.documentInDb;
}
