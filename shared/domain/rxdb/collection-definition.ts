import type { z } from 'zod';
import type { MigrationStrategies, RxCollectionCreator, RxJsonSchema } from 'rxdb';
import { toRxJsonSchema, type IndexableKey, type PrimaryKeyOf } from './to-rx-json-schema';
import { buildMigrationStrategies, type AnyMigrationStep } from './migrations';

/**
 * One collection of the desk database, described once: its zod schema (the shape), the RxDB
 * schema derived from it, its version and the migration steps that lead there. The main process
 * and the renderer both open their collections from these definitions.
 */
export interface CollectionDefinition<Name extends string, T> {
  readonly name: Name;
  readonly schema: z.ZodType<T>;
  readonly version: number;
  readonly primaryPath: string;
  readonly jsonSchema: RxJsonSchema<T>;
  readonly migrationStrategies: MigrationStrategies;
  /**
   * Derived fields (search keys) recomputed on every insert and save, so that a write from any
   * process keeps them consistent. Pure; returns a new object. (Method syntax on purpose: a
   * definition of any document type is then usable where `CollectionDefinition` is expected.)
   */
  normalize?(doc: T): T;
}

export interface CollectionSpec<Name extends string, T> {
  readonly name: Name;
  readonly schema: z.ZodType<T>;
  readonly description: string;
  readonly version: number;
  readonly primaryKey: PrimaryKeyOf<T>;
  readonly indexes: readonly (readonly IndexableKey<T>[])[];
  /** Exactly `version` steps: 0 -> 1, 1 -> 2, ... (see migrations.ts). */
  readonly migrations: readonly AnyMigrationStep[];
  readonly normalize?: (doc: T) => T;
}

const COLLECTION_NAME = /^[a-z][a-z0-9_]*$/;

export function defineCollection<const Name extends string, T>(
  spec: CollectionSpec<Name, T>,
): CollectionDefinition<Name, T> {
  if (!COLLECTION_NAME.test(spec.name)) {
    throw new Error(`collection name "${spec.name}" must be lower-case snake_case`);
  }
  const primaryPath = typeof spec.primaryKey === 'string' ? spec.primaryKey : spec.primaryKey.key;
  const jsonSchema = toRxJsonSchema(spec.schema, {
    title: spec.name,
    description: spec.description,
    version: spec.version,
    primaryKey: spec.primaryKey,
    indexes: spec.indexes,
  });
  return {
    name: spec.name,
    schema: spec.schema,
    version: spec.version,
    primaryPath,
    jsonSchema,
    migrationStrategies: buildMigrationStrategies(
      spec.name,
      primaryPath,
      spec.version,
      spec.migrations,
    ),
    ...(spec.normalize === undefined ? {} : { normalize: spec.normalize }),
  };
}

/** Any definition, whatever its document type (what the database opener takes). */
export interface AnyCollectionDefinition {
  readonly name: string;
  readonly schema: z.ZodType;
  readonly version: number;
  readonly primaryPath: string;
  readonly jsonSchema: RxCollectionCreator['schema'];
  readonly migrationStrategies: MigrationStrategies;
  normalize?(doc: never): unknown;
}

/** The document type of a definition. */
export type DocOf<D> = D extends CollectionDefinition<string, infer T> ? T : never;
