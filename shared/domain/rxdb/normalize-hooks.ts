import type { RxCollection } from 'rxdb';
import type { AnyCollectionDefinition } from './collection-definition';

/**
 * Installs a definition's `normalize` as RxDB pre-insert and pre-save hooks, so derived fields
 * (search keys) stay right for every write made through that RxDatabase, repository or not.
 * Main and renderer each call it on the collections they open. Hooks mutate RxDB's copy of the
 * data in place: fields the normalizer leaves out or sets to undefined are removed.
 */
export function installNormalizeHooks(
  collection: RxCollection,
  definition: AnyCollectionDefinition,
): void {
  if (definition.normalize === undefined) return;
  const normalize = definition.normalize.bind(definition) as (doc: unknown) => unknown;
  const apply = (data: Record<string, unknown>): void => {
    const next = normalize(data) as Record<string, unknown>;
    for (const key of Object.keys(data)) {
      if (!key.startsWith('_') && next[key] === undefined) Reflect.deleteProperty(data, key);
    }
    for (const [key, value] of Object.entries(next)) {
      if (value !== undefined) data[key] = value;
    }
  };
  collection.preInsert((data) => apply(data as Record<string, unknown>), false);
  collection.preSave((data) => apply(data as Record<string, unknown>), false);
}
