import { header } from '../common/http-types';
import type { PlatformDefinition } from '../common/platform';
import { API_VERSION } from './config';
import { internalError, problem, serverError, unauthorized, unsupportedVersion } from './errors';
import { availabilityRoutes } from './routes/availability';
import { bookingRoutes } from './routes/bookings';
import { restaurantRoutes } from './routes/restaurant';
import type { FormitableWorld } from './world';

function windowText(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

/** Formitable REST v1.2: `ApiKey` header, ASP.NET-style errors. */
export function formitablePlatform(world: () => FormitableWorld): PlatformDefinition {
  return {
    routes: [...restaurantRoutes(world), ...bookingRoutes(world), ...availabilityRoutes(world)],
    authenticate: (req) => {
      const key = header(req, 'apikey')?.trim();
      if (!key || key !== world().credentials.apiKey)
        return { ok: false, response: unauthorized() };
      return { ok: true, consumer: key };
    },
    errors: {
      unknownRoute: (req) => {
        const [api, version] = req.segments;
        if (
          api === 'api' &&
          version !== undefined &&
          /^v\d+(\.\d+)?$/.test(version) &&
          version !== API_VERSION
        ) {
          return unsupportedVersion(req.pathname, version.slice(1));
        }
        return { status: 404 };
      },
      serverError,
      rateLimited: (retryAfter, limit, windowSeconds) => ({
        status: 429,
        headers: { 'retry-after': String(retryAfter) },
        body: `API calls quota exceeded! maximum admitted ${limit} per ${windowText(windowSeconds)}.`,
      }),
      payloadTooLarge: () => problem(413, 'Payload Too Large'),
      internalError,
    },
  };
}
