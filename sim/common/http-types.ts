import type { IncomingHttpHeaders } from 'node:http';

/** One incoming request, already split into decoded path segments and a query. */
export interface SimRequest {
  readonly method: string;
  /** Raw pathname as received (not decoded). */
  readonly pathname: string;
  /** Decoded path segments, empty segments removed. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly remoteAddress: string;
  /** The body, read once on first call; rejects with BodyTooLargeError past the limit. */
  body(): Promise<Buffer>;
}

/** What a handler answers; serialised by the HTTP server. */
export interface SimResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON value, a string (sent as is) or undefined for an empty body. */
  readonly body?: unknown;
  /** Content type; defaults to JSON for non-string bodies and text/plain for strings. */
  readonly contentType?: string;
}

export function header(req: SimRequest, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function json(status: number, body: unknown, headers?: Record<string, string>): SimResponse {
  return headers ? { status, body, headers } : { status, body };
}
