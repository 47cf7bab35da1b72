import type { z } from 'zod';
import type { RxCollection } from 'rxdb';
import { NotFoundError } from './store-errors';
import { insertValidated, modifyValidated } from './validated-writes';
import type { Snapshot, StoreDeps } from './store-deps';

interface Tracked {
  id: string;
  createdAt: number;
  updatedAt: number;
}

export type NewEntity<T extends Tracked> = Omit<T, 'id' | 'createdAt' | 'updatedAt'> &
  Partial<Pick<T, 'id'>>;
export type EntityPatch<T extends Tracked> = Partial<Omit<T, 'id' | 'createdAt' | 'updatedAt'>>;

/** By id, create, patch, remove: validated with the entity's zod schema, times kept by the store. */
export interface EntityRepository<T extends Tracked> {
  byId(id: string): Promise<Snapshot<T> | null>;
  create(draft: NewEntity<T>): Promise<Snapshot<T>>;
  update(id: string, patch: EntityPatch<T>): Promise<Snapshot<T>>;
  /** Deletes (RxDB keeps a tombstone for replication). */
  remove(id: string): Promise<void>;
}

export function createEntityRepository<T extends Tracked>(
  collection: RxCollection<T>,
  schema: z.ZodType<T>,
  deps: StoreDeps,
): EntityRepository<T> {
  const now = (): number => deps.clock.now().getTime();
  return {
    byId: async (id) => {
      const doc = await collection.findOne(id).exec();
      return doc === null ? null : (doc.toJSON() as Snapshot<T>);
    },
    create: (draft) => {
      const at = now();
      const id = draft.id ?? deps.newId();
      return insertValidated(collection, schema, { ...draft, id, createdAt: at, updatedAt: at });
    },
    update: (id, patch) =>
      modifyValidated(collection, schema, id, (current) => ({ ...current, ...patch }), now),
    remove: async (id) => {
      const doc = await collection.findOne(id).exec();
      if (doc === null) throw new NotFoundError(collection.name, id);
      await doc.remove();
    },
  };
}
