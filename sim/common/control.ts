import type { z } from 'zod';
import { BodyTooLargeError, parseJson } from './body';
import type { SimRequest, SimResponse } from './http-types';

/** Scenario/control API routes live under this first path segment. */
export const CONTROL_PREFIX = '__sim';

export interface ControlContext {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** Parsed JSON body, or undefined when the request had none. */
  readonly body: unknown;
}

export interface ControlRoute {
  readonly method: string;
  /** Pattern after `/__sim`, e.g. `/reservations/:id`. */
  readonly pattern: string;
  readonly handler: (ctx: ControlContext) => Promise<SimResponse>;
}

export interface ControlIssue {
  readonly path: string;
  readonly message: string;
}

/** Raised by handlers for a request the scenario API refuses; answered as 4xx JSON. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: readonly ControlIssue[] = [],
  ) {
    super(message);
    this.name = 'ControlError';
  }
}

export function controlErrorResponse(error: ControlError): SimResponse {
  return {
    status: error.status,
    body:
      error.issues.length > 0
        ? { error: error.message, issues: error.issues }
        : { error: error.message },
  };
}

/** Validates a scenario payload; throws a 400 ControlError naming every bad field. */
export function parseControl<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ControlError(
    400,
    `Invalid ${what}: ${result.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')}`,
    result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  );
}

/** Reads the JSON body of a control request (empty → undefined). */
export async function readControlBody(req: SimRequest): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await req.body();
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new ControlError(413, error.message);
    throw error;
  }
  const text = bytes.toString('utf8');
  if (text.trim().length === 0) return undefined;
  const parsed = parseJson(text);
  if (!parsed.ok) throw new ControlError(400, `Malformed JSON body: ${parsed.message}`);
  return parsed.value;
}

export const ok = (body: unknown = { ok: true }): SimResponse => ({ status: 200, body });
export const created = (body: unknown): SimResponse => ({ status: 201, body });
