import { header } from '../common/http-types';
import type { PlatformDefinition } from '../common/platform';
import { gatewayError, serverError, unauthorized, apiError } from './errors';
import { bookingFlowRoutes } from './routes/booking-flow';
import { customerRoutes } from './routes/customers';
import { reservationRoutes } from './routes/reservations';
import { tokenRoute } from './routes/token';
import type { TheForkWorld } from './world';

const WINDOW_NAMES: Readonly<Record<number, string>> = { 1: 'Second', 60: 'Minute', 3600: 'Hour' };

/** TheFork B2B API behind its gateway: bearer tokens, Kong-style 429/404/413, API errors. */
export function theForkPlatform(world: () => TheForkWorld): PlatformDefinition {
  return {
    routes: [
      tokenRoute(world),
      ...bookingFlowRoutes(world),
      ...reservationRoutes(world),
      ...customerRoutes(world),
    ],
    authenticate: (req) => {
      const value = header(req, 'authorization');
      const match = value === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(value);
      // No credentials at all: the gateway refuses before the API sees the call.
      if (!match?.[1]) return { ok: false, response: gatewayError(401, 'Unauthorized') };
      const w = world();
      const check = w.tokens.check(match[1], w.clock.now());
      if (!check.ok) return { ok: false, response: unauthorized() };
      return { ok: true, consumer: check.clientId };
    },
    errors: {
      unknownRoute: () => gatewayError(404, 'no Route matched with those values'),
      serverError,
      rateLimited: (retryAfter, limit, windowSeconds) => {
        const name = WINDOW_NAMES[windowSeconds];
        const headers: Record<string, string> = {
          'retry-after': String(retryAfter),
          'ratelimit-limit': String(limit),
          'ratelimit-remaining': '0',
          'ratelimit-reset': String(retryAfter),
          ...(name
            ? {
                [`x-ratelimit-limit-${name.toLowerCase()}`]: String(limit),
                [`x-ratelimit-remaining-${name.toLowerCase()}`]: '0',
              }
            : {}),
        };
        return gatewayError(429, 'API rate limit exceeded', headers);
      },
      payloadTooLarge: () => gatewayError(413, 'Request size limit exceeded'),
      internalError: () => apiError(500, '', 'An internal server error occurred'),
    },
  };
}
