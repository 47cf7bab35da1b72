import { randomBytes } from 'node:crypto';
import type { SimResponse } from '../common/http-types';

/**
 * Formitable's error bodies are not documented. The API is ASP.NET (Swagger, `text/plain,
 * application/json, text/json` answers), so errors follow ASP.NET Core conventions: RFC 7807
 * ProblemDetails for 4xx, a text/plain quota message for 429, empty bodies for routing misses.
 */
const PROBLEM_TYPES: Readonly<Record<number, string>> = {
  400: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
  401: 'https://tools.ietf.org/html/rfc7235#section-3.1',
  403: 'https://tools.ietf.org/html/rfc7231#section-6.5.3',
  404: 'https://tools.ietf.org/html/rfc7231#section-6.5.4',
  409: 'https://tools.ietf.org/html/rfc7231#section-6.5.8',
  415: 'https://tools.ietf.org/html/rfc7231#section-6.5.13',
  500: 'https://tools.ietf.org/html/rfc7231#section-6.6.1',
};

/** W3C trace id, as ASP.NET puts in problems (correlation noise only: not seeded). */
function traceId(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-00`;
}

export function problem(
  status: number,
  title: string,
  extra: Record<string, unknown> = {},
): SimResponse {
  return {
    status,
    contentType: 'application/problem+json; charset=utf-8',
    body: {
      type: PROBLEM_TYPES[status] ?? 'about:blank',
      title,
      status,
      traceId: traceId(),
      ...extra,
    },
  };
}

export const validationProblem = (errors: Record<string, string[]>): SimResponse =>
  problem(400, 'One or more validation errors occurred.', { errors });

/** A 400 about the request as a whole (a rule of the restaurant rather than a field format). */
export const badRequest = (detail: string): SimResponse => problem(400, 'Bad Request', { detail });
export const notFound = (detail?: string): SimResponse =>
  problem(404, 'Not Found', detail === undefined ? {} : { detail });
export const unauthorized = (): SimResponse => problem(401, 'Unauthorized');
export const forbidden = (): SimResponse => problem(403, 'Forbidden');
export const internalError = (): SimResponse =>
  problem(500, 'An error occurred while processing your request.');

const PROXY_TEXT: Readonly<Record<number, string>> = {
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Injected 5xx: ProblemDetails for 500, a bare text answer from the proxy for 502/503/504. */
export function serverError(status: number): SimResponse {
  const text = PROXY_TEXT[status];
  return text === undefined ? internalError() : { status, body: text };
}

/** ASP.NET API versioning's answer for another `/api/v{x}` than 1.2. */
export function unsupportedVersion(pathname: string, version: string): SimResponse {
  return {
    status: 400,
    body: {
      error: {
        code: 'UnsupportedApiVersion',
        message: `The HTTP resource that matches the request URI '${pathname}' does not support the API version '${version}'.`,
        innerError: null,
      },
    },
  };
}
