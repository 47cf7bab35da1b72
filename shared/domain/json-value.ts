import { z } from 'zod';

/**
 * Free-form JSON kept as data (platform payloads, raw records, conflict versions). zod checks it
 * is plain JSON and not too big; the derived RxDB schema says `{}` (any) or `{type: 'object'}`.
 * `to-rx-json-schema.ts` recognises exactly these two schemas by identity.
 */

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A payload larger than this is a bug or an attack; store a summary instead. */
export const JSON_MAX_CHARS = 256 * 1024;
const JSON_MAX_DEPTH = 32;

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isJsonWithin(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth >= JSON_MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => isJsonWithin(item, depth + 1));
  if (!isPlainObject(value)) return false;
  return Object.values(value).every((item) => isJsonWithin(item, depth + 1));
}

/** True for finite, plain, acyclic JSON of bounded depth and size. */
export function isJsonValue(value: unknown): value is JsonValue {
  if (!isJsonWithin(value, 0)) return false;
  return JSON.stringify(value).length <= JSON_MAX_CHARS;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    isPlainObject(value) &&
    isJsonValue(value)
  );
}

export const JsonValue = z.custom<JsonValue>(isJsonValue, {
  message: `must be plain JSON (finite numbers, no functions or cycles, depth <= ${JSON_MAX_DEPTH}, <= ${JSON_MAX_CHARS} characters)`,
});

export const JsonObject = z.custom<JsonObject>(isJsonObject, {
  message: `must be a plain JSON object (depth <= ${JSON_MAX_DEPTH}, <= ${JSON_MAX_CHARS} characters)`,
});
