import type { Conflict } from '../../../../shared/domain/conflict';
import type { JsonValue } from '../../../../shared/domain/json-value';
import type { Snapshot } from '../../../../shared/store/store-deps';

/** One field of the desk's and the platform's versions, side by side. */
export interface DiffRow {
  readonly field: string;
  readonly local: JsonValue | undefined;
  readonly remote: JsonValue | undefined;
  /** Listed in the conflict: a person (or the rules) must settle it. */
  readonly disputed: boolean;
  readonly differs: boolean;
}

/** Bookkeeping fields never shown in a comparison. */
const HIDDEN_FIELDS = new Set(['id', 'createdAt', 'updatedAt']);

export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key in b && jsonEqual(a[key], b[key]));
}

/**
 * Both versions field by field: the disputed fields first, in the conflict's order, then every
 * other field either side has (alphabetical), for context.
 */
export function diffRows(conflict: Snapshot<Conflict>): {
  disputed: DiffRow[];
  others: DiffRow[];
} {
  const local = conflict.localVersion as Record<string, JsonValue>;
  const remote = conflict.remoteVersion as Record<string, JsonValue>;
  const disputedNames = new Set(conflict.fields.map((f) => f.field));
  const disputed = conflict.fields.map((f) => {
    const l = (f.local ?? local[f.field]) as JsonValue | undefined;
    const r = (f.remote ?? remote[f.field]) as JsonValue | undefined;
    return { field: f.field, local: l, remote: r, disputed: true, differs: !jsonEqual(l, r) };
  });
  const names = new Set([...Object.keys(local), ...Object.keys(remote)]);
  const others = [...names]
    .filter((name) => !disputedNames.has(name) && !HIDDEN_FIELDS.has(name) && !name.startsWith('_'))
    .sort()
    .map((name) => ({
      field: name,
      local: local[name],
      remote: remote[name],
      disputed: false,
      differs: !jsonEqual(local[name], remote[name]),
    }));
  return { disputed, others };
}

/** Both lists together, first spelling kept, duplicates ignoring case and spaces dropped. */
export function unionList(a: JsonValue | undefined, b: JsonValue | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const list of [a, b]) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (typeof item !== 'string') continue;
      const key = item.trim().toLowerCase();
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      out.push(item.trim());
    }
  }
  return out;
}
