import type { z } from 'zod';
import { errorBodySchema } from '../../shared/relay/common';

/** A relay answer that was not a success, with the relay's reason. */
export class RelayError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    readonly details?: unknown,
    readonly retryAfterSeconds?: number,
  ) {
    super(`Relay answered ${status}: ${reason}`);
    this.name = 'RelayError';
  }
}

export interface RelayConnection {
  /** e.g. https://relay.example.com (no trailing slash needed). */
  baseUrl: string;
  tenantId: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface RelayHttp {
  readonly connection: RelayConnection;
  /** Absolute URL of a tenant path such as `/feed`. */
  url(path: string): string;
  authHeaders(): Record<string, string>;
  get<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>>;
  send<S extends z.ZodType>(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    schema: S,
  ): Promise<z.output<S>>;
}

/** Tenant-scoped JSON calls to the relay; every answer is checked against the contract. */
export function createRelayHttp(connection: RelayConnection): RelayHttp {
  const doFetch = connection.fetch ?? fetch;
  const base = `${connection.baseUrl.replace(/\/+$/, '')}/v1/t/${connection.tenantId}`;
  const authHeaders = () => ({ authorization: `Bearer ${connection.token}` });
  const request = async <S extends z.ZodType>(
    method: string,
    path: string,
    body: unknown,
    schema: S,
  ): Promise<z.output<S>> => {
    const res = await doFetch(`${base}${path}`, {
      method,
      headers: {
        ...authHeaders(),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(connection.timeoutMs ?? 30_000),
    });
    return readAnswer(res, schema);
  };
  return {
    connection,
    url: (path) => `${base}${path}`,
    authHeaders,
    get: (path, schema) => request('GET', path, undefined, schema),
    send: (method, path, body, schema) => request(method, path, body, schema),
  };
}

export async function readAnswer<S extends z.ZodType>(
  res: Response,
  schema: S,
): Promise<z.output<S>> {
  const text = await res.text();
  let json: unknown;
  try {
    json = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    throw new RelayError(
      res.status,
      `The relay answered something that is not JSON (${text.slice(0, 80)}).`,
    );
  }
  if (!res.ok) {
    const parsed = errorBodySchema.safeParse(json);
    const retry = Number(res.headers.get('retry-after'));
    throw new RelayError(
      res.status,
      parsed.success ? parsed.data.reason : `HTTP ${res.status}`,
      parsed.success ? parsed.data.details : undefined,
      Number.isFinite(retry) && retry > 0 ? retry : undefined,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new RelayError(
      res.status,
      `The relay's answer does not match the contract: ${parsed.error.message}`,
    );
  return parsed.data;
}
