import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { DeviceIdentity } from '../tenants/device-auth';

/**
 * Routes are data: method, path, auth, zod schemas and a handler. The table is registered on
 * fastify (validation, serialization, OpenAPI) by register-routes.ts.
 */
export type AuthMode = 'none' | 'device';
export type RateLimitKey = 'device' | 'ip' | 'none';

export interface RouteSchemas {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The success answer; errors always use the error shape. */
  response: z.ZodType;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** Returned by handlers that wrote the response themselves (SSE). */
export const HIJACKED = Symbol('hijacked');

export interface HandlerContext<S extends RouteSchemas, A extends AuthMode> {
  params: Out<S['params']>;
  query: Out<S['query']>;
  body: Out<S['body']>;
  /** Raw request bytes, for routes declared with `rawBody`. */
  rawBody: Buffer;
  device: A extends 'device' ? DeviceIdentity : null;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteDef<S extends RouteSchemas, A extends AuthMode> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  summary: string;
  tags: readonly string[];
  auth: A;
  /** Token bucket to charge: per device (default for device auth), per client IP, or none. */
  rateLimit?: RateLimitKey;
  /** The body is kept as bytes (webhooks verify signatures on the exact bytes). */
  rawBody?: boolean;
  bodyLimit?: number;
  /** Response is a text/event-stream written by the handler. */
  sse?: boolean;
  schema: S;
  /** Status of a success (default 200). */
  successStatus?: 200 | 201;
  handler: (ctx: HandlerContext<S, A>) => Promise<z.output<S['response']> | typeof HIJACKED>;
}

/** A route with its types erased, for the table. Validation happens before the handler runs. */
export interface AnyRoute extends Omit<RouteDef<RouteSchemas, AuthMode>, 'handler'> {
  handler: (ctx: {
    params: unknown;
    query: unknown;
    body: unknown;
    rawBody: Buffer;
    device: DeviceIdentity | null;
    request: FastifyRequest;
    reply: FastifyReply;
  }) => Promise<unknown>;
}

export function defineRoute<S extends RouteSchemas, A extends AuthMode>(
  def: RouteDef<S, A>,
): AnyRoute {
  return def as unknown as AnyRoute;
}
