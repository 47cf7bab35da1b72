import { z } from 'zod';
import { hookAcceptedSchema, hookPathSchema } from '../../shared/relay/ingress';
import type { Db } from '../db/db-port';
import { HttpError } from '../http/http-error';
import type { Logger } from '../http/logger';
import type { Metrics } from '../http/metrics';
import { defineRoute } from '../http/route';
import type { IngestWriter } from './ingest-writer';
import { describeEvent, eventKey } from './platforms';
import type { SecretCache } from './secret-cache';
import { keepForTriage } from './triage';
import type { IncomingHook } from './verdict';
import { verifyHook } from './verify-hook';
import { jsonProblem } from '../db/jsonb-guard';

export interface HookRouteDeps {
  db: Pick<Db, 'query'>;
  secrets: SecretCache;
  writer: IngestWriter;
  metrics: Metrics;
  log: Logger;
  /** Authentic bodies above this are refused (413) and kept for triage. */
  maxEventBytes: number;
  /** Bodies above this are cut off unread. */
  hardBodyLimit: number;
  nowSeconds: () => number;
}

/**
 * POST /hooks/:tenantId/:platform: verify on the raw bytes, store once, answer fast. Order matters:
 * nothing is parsed or stored before the signature is checked.
 */
export function hookRoute(deps: HookRouteDeps) {
  const count = (platform: string, outcome: string) =>
    deps.metrics.inc('relay_webhooks_total', { platform, outcome });
  return defineRoute({
    method: 'POST',
    path: '/hooks/:tenantId/:platform',
    summary: 'Webhook ingress: verified on the raw body, stored once, answered 2xx',
    tags: ['ingress'],
    auth: 'none',
    rateLimit: 'none',
    rawBody: true,
    bodyLimit: deps.hardBodyLimit,
    schema: {
      params: hookPathSchema,
      query: z.looseObject({ token: z.string().max(1024).optional() }),
      response: hookAcceptedSchema,
    },
    handler: async ({ params, rawBody, request }) => {
      const { tenantId, platform } = params;
      const secrets = await deps.secrets.get(tenantId, platform);
      if (secrets.length === 0) {
        count(platform, 'unknown_endpoint');
        throw new HttpError(404, `No ${platform} webhook endpoint is configured for this tenant.`);
      }
      const query = request.query as Record<string, unknown>;
      const hook: IncomingHook = {
        header: (name) => {
          const value = request.headers[name];
          return typeof value === 'string' ? value : undefined;
        },
        query: (name) => (typeof query[name] === 'string' ? query[name] : undefined),
        body: rawBody,
        nowSeconds: deps.nowSeconds(),
      };
      const verdict = verifyHook(hook, secrets);
      if (!verdict.ok) {
        count(platform, 'forged');
        deps.log.warn('webhook refused', { tenantId, platform, why: verdict.reason });
        throw new HttpError(401, verdict.reason);
      }
      const triage = async (outcome: string, status: number, reason: string) => {
        count(platform, outcome);
        await keepForTriage(deps.db, { tenantId, platform, reason, body: rawBody });
        return new HttpError(status, `${reason} It was kept for triage.`);
      };
      if (rawBody.length > deps.maxEventBytes) {
        throw await triage(
          'oversized',
          413,
          `The body is ${rawBody.length} bytes; events are limited to ${deps.maxEventBytes}.`,
        );
      }
      const text = rawBody.toString('utf8');
      let payload: unknown;
      try {
        payload = JSON.parse(text);
      } catch (error) {
        throw await triage(
          'malformed',
          400,
          `The body is not valid JSON (${(error as Error).message}).`,
        );
      }
      if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
        throw await triage('malformed', 400, 'The body must be a JSON object.');
      }
      const problem = jsonProblem(payload, { strings: text.includes('\\u') });
      if (problem) throw await triage('malformed', 400, problem);
      const described = describeEvent(platform, payload as Record<string, unknown>);
      const key = eventKey(verdict.eventId ?? described.eventId, rawBody);
      let stored;
      try {
        stored = await deps.writer.write({
          tenantId,
          platform,
          eventKey: key,
          eventType: described.eventType,
          payloadJson: text,
        });
      } catch (error) {
        count(platform, 'store_failed');
        deps.log.error('webhook could not be stored', { tenantId, platform, error });
        throw new HttpError(503, 'The event could not be stored; retry later.', undefined, {
          'retry-after': '5',
        });
      }
      count(platform, stored.duplicate ? 'duplicate' : 'accepted');
      return { status: 'ok' as const, seq: stored.seq, duplicate: stored.duplicate };
    },
  });
}
