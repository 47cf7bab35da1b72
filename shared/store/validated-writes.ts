import type { z } from 'zod';
import type { RxCollection } from 'rxdb';
import { splitInternalFields } from '../domain/rxdb/internal-fields';
import { NotFoundError, compact, validate } from './store-errors';
import type { Snapshot } from './store-deps';

/** Entities with the usual bookkeeping fields. */
interface Tracked {
  id: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * Every repository write goes through zod before RxDB sees it: in production no other validator
 * runs (Ajv is the dev-mode net). Undefined fields are dropped, so a patch can clear a field.
 */
export async function insertValidated<T>(
  collection: RxCollection<T>,
  schema: z.ZodType<T>,
  data: object,
): Promise<Snapshot<T>> {
  const doc = validate(schema, collection.name, 'the new document', compact(data));
  const inserted = await collection.insert(doc);
  return inserted.toJSON() as Snapshot<T>;
}

/**
 * Applies `change` to the latest stored state (RxDB retries it on a concurrent write), keeps id
 * and createdAt, moves updatedAt forward (never backwards, even if the clock does), validates.
 */
export async function modifyValidated<T extends Tracked>(
  collection: RxCollection<T>,
  schema: z.ZodType<T>,
  id: string,
  change: (current: T, at: number) => T,
  now: () => number,
): Promise<Snapshot<T>> {
  const doc = await collection.findOne(id).exec();
  if (doc === null) throw new NotFoundError(collection.name, id);
  const updated = await doc.incrementalModify((stored) => {
    const { data, internal } = splitInternalFields(stored as unknown as Record<string, unknown>);
    const current = data as unknown as T;
    const at = Math.max(now(), current.updatedAt);
    const next = compact({
      ...change(current, at),
      id: current.id,
      createdAt: current.createdAt,
      updatedAt: at,
    });
    return { ...validate(schema, collection.name, `the change to "${id}"`, next), ...internal };
  });
  return updated.toJSON() as Snapshot<T>;
}
