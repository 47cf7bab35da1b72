/**
 * What PostgreSQL's jsonb would refuse: NUL characters, lone surrogates, absurd nesting.
 * `strings: false` skips the string checks, for JSON text without any \u escape: decoded UTF-8
 * cannot hold lone surrogates and JSON cannot hold a raw NUL, so only an escape can bring them.
 */
export function jsonProblem(value: unknown, options: { strings?: boolean } = {}): string | null {
  return walk(value, 0, options.strings ?? true);
}

const NUL = String.fromCharCode(0);
const SURROGATE = /[\ud800-\udfff]/;

function badString(s: string): boolean {
  // Cheap test first; only a string with a surrogate needs the precise (paired or not) check.
  return s.includes(NUL) || (SURROGATE.test(s) && /\p{Cs}/u.test(s));
}

function walk(value: unknown, depth: number, strings: boolean): string | null {
  if (depth > 64) return 'The JSON is nested more than 64 levels deep.';
  if (typeof value === 'string')
    return strings && badString(value)
      ? 'The JSON holds a \\u0000 or an unpaired surrogate, which cannot be stored.'
      : null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const problem = walk(v, depth + 1, strings);
      if (problem) return problem;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const key in value) {
      const problem =
        (strings && badString(key) ? walk(key, depth, strings) : null) ??
        walk((value as Record<string, unknown>)[key], depth + 1, strings);
      if (problem) return problem;
    }
  }
  return null;
}
