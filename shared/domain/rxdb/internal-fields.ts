/**
 * RxDB adds `_deleted`, `_rev`, `_meta`, `_attachments` to stored data; entity fields never start
 * with `_` (the schema derivation refuses them). zod sees the data part only.
 */
export function splitInternalFields(doc: Readonly<Record<string, unknown>>): {
  data: Record<string, unknown>;
  internal: Record<string, unknown>;
} {
  const data: Record<string, unknown> = {};
  const internal: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key.startsWith('_')) internal[key] = value;
    else data[key] = value;
  }
  return { data, internal };
}
