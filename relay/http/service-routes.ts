import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/db-port';
import { HttpError } from './http-error';
import type { Metrics } from './metrics';
import { defineRoute } from './route';

/** /health (the process answers), /ready (it can serve), /openapi.json and /metrics. */
export function serviceRoutes(deps: {
  db: Db;
  metrics: Metrics;
  isClosing: () => boolean;
  app: () => FastifyInstance;
}) {
  return [
    defineRoute({
      method: 'GET',
      path: '/health',
      summary: 'Liveness: the process answers',
      tags: ['service'],
      auth: 'none',
      schema: { response: z.object({ status: z.literal('ok') }) },
      handler: async () => ({ status: 'ok' as const }),
    }),
    defineRoute({
      method: 'GET',
      path: '/ready',
      summary: 'Readiness: the database answers and the relay is not shutting down',
      tags: ['service'],
      auth: 'none',
      schema: {
        response: z.object({ status: z.literal('ok'), database: z.string() }),
      },
      handler: async () => {
        if (deps.isClosing()) throw new HttpError(503, 'The relay is shutting down.');
        try {
          await deps.db.query('SELECT 1');
        } catch {
          throw new HttpError(503, 'The database does not answer.');
        }
        return { status: 'ok' as const, database: deps.db.kind };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/openapi.json',
      summary: 'This API described in OpenAPI 3, generated from the route schemas',
      tags: ['service'],
      auth: 'none',
      schema: { response: z.record(z.string(), z.unknown()) },
      handler: async () => deps.app().swagger() as unknown as Record<string, unknown>,
    }),
    defineRoute({
      method: 'GET',
      path: '/metrics',
      summary: 'Counters of this process (Prometheus text format)',
      tags: ['service'],
      auth: 'none',
      schema: { response: z.string() },
      handler: async ({ reply }) => {
        void reply.type('text/plain; version=0.0.4').serializer((payload) => String(payload));
        return deps.metrics.render();
      },
    }),
  ];
}
