import type { z } from 'zod';
import { isJsonContentType, parseJson } from '../common/body';
import type { SimRequest, SimResponse } from '../common/http-types';
import { apiError, badRequest } from './errors';

/**
 * Turns the first zod issue into a Joi-style sentence (`"partySize" must be greater than 0`),
 * the way TheFork's API validates its inputs (it stops at the first error).
 */
export function describeIssue(issue: z.core.$ZodIssue, root: string): string {
  const path = issue.path.map(String).join('.');
  const label = `"${path || root}"`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${label} is required`;
      if (issue.expected === 'int') return `${label} must be an integer`;
      return `${label} must be a ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? `${label} is not allowed to be empty`
          : `${label} length must be at least ${String(issue.minimum)} characters long`;
      }
      return `${label} must be greater than ${issue.inclusive ? 'or equal to ' : ''}${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') {
        return `${label} length must be less than or equal to ${String(issue.maximum)} characters long`;
      }
      return `${label} must be less than ${issue.inclusive ? 'or equal to ' : ''}${String(issue.maximum)}`;
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid')
        return `${label} must be a valid GUID`;
      if (issue.format === 'email') return `${label} must be a valid email`;
      if (issue.format === 'regex')
        return `${label} fails to match the required pattern: ${String(issue.pattern)}`;
      return `${label} ${issue.message}`;
    case 'invalid_value':
      return `${label} must be one of [${issue.values.map(String).join(', ')}]`;
    case 'unrecognized_keys':
      return `"${[...issue.path.map(String), issue.keys[0] ?? ''].join('.')}" is not allowed`;
    default:
      return `${label} ${issue.message}`;
  }
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: SimResponse };

export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  root: string,
): Parsed<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return {
    ok: false,
    response: badRequest(issue ? describeIssue(issue, root) : 'Invalid request'),
  };
}

/** Query string as an object: first value of each key; numeric strings become numbers. */
export function queryObject(query: URLSearchParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const key of new Set(query.keys())) {
    const value = query.get(key) ?? '';
    out[key] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  return out;
}

/** Reads a JSON body (required when `required`), answering 415/400 like the API would. */
export async function readJsonBody(req: SimRequest, required: boolean): Promise<Parsed<unknown>> {
  const text = (await req.body()).toString('utf8');
  if (text.trim().length === 0) {
    return required
      ? { ok: false, response: badRequest('"value" must be of type object') }
      : { ok: true, value: undefined };
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    return { ok: false, response: apiError(415, '', 'Unsupported Media Type') };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, response: badRequest('Invalid request payload JSON format') };
  return { ok: true, value: parsed.value };
}
