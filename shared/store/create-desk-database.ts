import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxDatabase,
  type RxStorage,
} from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import {
  collectionCreators,
  deskCollectionDefinitions,
  type DeskCollections,
} from '../domain/desk-collections';
import type { AnyCollectionDefinition } from '../domain/rxdb/collection-definition';
import { installNormalizeHooks } from '../domain/rxdb/normalize-hooks';

export type DeskDatabase = RxDatabase<DeskCollections>;

export interface DeskDatabaseOptions {
  /** Any RxStorage: our SQLite one in the app, storage-memory in tests (wrapped for dev-mode). */
  readonly storage: RxStorage<unknown, unknown>;
  /** Database name, also a file name: lower-case letters, digits, _ and -. */
  readonly name: string;
  /** Set when several RxDatabase objects (processes, windows) open the same name. */
  readonly multiInstance?: boolean;
  /** Collections to open; defaults to every desk collection. Tests pass their own. */
  readonly definitions?: readonly AnyCollectionDefinition[];
}

/** Safe as a file name for any storage (the SQLite one keeps one file per database name). */
const DATABASE_NAME = /^[a-z][a-z0-9_-]{0,63}$/;

export class DeskDatabaseError extends Error {
  override readonly name = 'DeskDatabaseError';
}

/**
 * The sentence a person can act on. RxDB wraps a failing migration strategy in its own error
 * (DM4) and keeps the original as plain JSON in `parameters.error`.
 */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parameters: unknown = (error as { parameters?: unknown }).parameters;
  if (typeof parameters === 'object' && parameters !== null && 'error' in parameters) {
    const inner: unknown = parameters.error;
    if (typeof inner === 'object' && inner !== null && 'message' in inner) {
      if (typeof inner.message === 'string') return inner.message;
    }
  }
  return error.message;
}

/**
 * Opens the desk database with every collection, running schema migrations before it resolves.
 * Plugins: only the schema migration one (global in RxDB; adding it twice is a no-op).
 */
export async function createDeskDatabase(options: DeskDatabaseOptions): Promise<DeskDatabase> {
  if (!DATABASE_NAME.test(options.name)) {
    throw new DeskDatabaseError(
      `${JSON.stringify(options.name.slice(0, 80))} is not a desk database name: lower-case letters, digits, _ and -, starting with a letter, at most 64 characters`,
    );
  }
  addRxPlugin(RxDBMigrationSchemaPlugin);
  const definitions = options.definitions ?? deskCollectionDefinitions;
  let db: DeskDatabase;
  try {
    db = await createRxDatabase<DeskCollections>({
      name: options.name,
      storage: options.storage,
      multiInstance: options.multiInstance ?? false,
      eventReduce: true,
    });
  } catch (error) {
    throw new DeskDatabaseError(`could not open "${options.name}": ${reasonOf(error)}`, {
      cause: error,
    });
  }
  try {
    await db.addCollections(collectionCreators(definitions));
  } catch (error) {
    await db.close();
    const reason = reasonOf(error);
    throw new DeskDatabaseError(`could not open the collections of "${options.name}": ${reason}`, {
      cause: error,
    });
  }
  const collections = db.collections as unknown as Record<string, RxCollection>;
  for (const def of definitions) {
    const collection = collections[def.name];
    if (collection !== undefined) installNormalizeHooks(collection, def);
  }
  return db;
}
