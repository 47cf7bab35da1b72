import { z } from 'zod';

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`${collection}: no document "${id}"`);
  }
}

export class InvalidDocumentError extends Error {
  override readonly name = 'InvalidDocumentError';
  constructor(
    readonly collection: string,
    readonly issues: z.core.$ZodIssue[],
    what: string,
  ) {
    super(`${collection}: ${what} is not valid:\n${z.prettifyError(new z.ZodError(issues))}`);
  }
}

/** Parses with the entity's zod schema, or throws InvalidDocumentError naming the fields. */
export function validate<T>(
  schema: z.ZodType<T>,
  collection: string,
  what: string,
  data: unknown,
): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new InvalidDocumentError(collection, result.error.issues, what);
  return result.data;
}

/** Drops keys whose value is undefined: RxDB documents leave an unset optional field out. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) out[key] = item;
  }
  return out as T;
}
