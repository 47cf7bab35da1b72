import type { z } from 'zod';
import { isJsonContentType, parseJson } from '../common/body';
import type { SimRequest, SimResponse } from '../common/http-types';
import { problem, validationProblem } from './errors';

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: SimResponse };

const pascal = (segment: PropertyKey): string =>
  typeof segment === 'number'
    ? `[${segment}]`
    : String(segment).charAt(0).toUpperCase() + String(segment).slice(1);

/** `items.0.quantity` → `Items[0].Quantity` (ASP.NET ModelState keys). */
export function modelStateKey(path: readonly PropertyKey[]): string {
  return path.map(pascal).join('.').replace(/\.\[/g, '[') || '$';
}

const CLR_TYPES: Readonly<Record<string, string>> = {
  int: 'System.Int32',
  number: 'System.Decimal',
  boolean: 'System.Boolean',
  string: 'System.String',
  array: 'System.Collections.Generic.List',
  object: 'the model',
};

/** Data-annotation style sentences for a zod issue. */
export function describe(issue: z.core.$ZodIssue): string {
  const field = modelStateKey(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `The ${field} field is required.`;
      return `The JSON value could not be converted to ${CLR_TYPES[issue.expected] ?? issue.expected}. Path: $.${issue.path.map(String).join('.')}`;
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'string')
        return `The field ${field} must be a string with a maximum length of ${String(issue.code === 'too_big' ? issue.maximum : issue.minimum)}.`;
      if (issue.origin === 'array') return `The field ${field} has too many items.`;
      return `The field ${field} is out of range.`;
    case 'invalid_value':
      return `The field ${field} must be one of: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_format':
      if (issue.format === 'email') return `The ${field} field is not a valid e-mail address.`;
      return `The field ${field} ${issue.message}.`;
    default:
      return `The field ${field} is invalid.`;
  }
}

export function validate<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues)
    (errors[modelStateKey(issue.path)] ??= []).push(describe(issue));
  return { ok: false, response: validationProblem(errors) };
}

/** Reads a JSON body as ASP.NET would: 415 for other media types, 400 for broken JSON. */
export async function readJsonBody(req: SimRequest, required: boolean): Promise<Parsed<unknown>> {
  const text = (await req.body()).toString('utf8');
  if (text.trim().length === 0) {
    return required
      ? {
          ok: false,
          response: validationProblem({ '': ['A non-empty request body is required.'] }),
        }
      : { ok: true, value: undefined };
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    return { ok: false, response: problem(415, 'Unsupported Media Type') };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return {
      ok: false,
      response: validationProblem({ $: [`The request body is not valid JSON: ${parsed.message}`] }),
    };
  }
  if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
    return {
      ok: false,
      response: validationProblem({ $: ['The JSON value could not be converted to the model.'] }),
    };
  }
  return { ok: true, value: parsed.value };
}
