import { tenantPathSchema } from '../../shared/relay/common';
import {
  feedAckBodySchema,
  feedAckResponseSchema,
  feedPullQuerySchema,
  feedPullResponseSchema,
} from '../../shared/relay/feed';
import type { Db } from '../db/db-port';
import { HttpError } from '../http/http-error';
import { defineRoute } from '../http/route';
import { ackFeed, pullFeed } from './feed-store';

export function feedRoutes(db: Db) {
  return [
    defineRoute({
      method: 'GET',
      path: '/v1/t/:tenantId/feed',
      summary: "Pull the tenant's webhook events after a checkpoint, in server order",
      tags: ['feed'],
      auth: 'device',
      schema: {
        params: tenantPathSchema,
        query: feedPullQuerySchema,
        response: feedPullResponseSchema,
      },
      handler: async ({ device, query }) =>
        await pullFeed(db, {
          tenantId: device.tenantId,
          deviceId: device.deviceId,
          after: query.after,
          limit: query.limit,
        }),
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/t/:tenantId/feed/ack',
      summary: 'Acknowledge the events this device applied, up to a seq',
      tags: ['feed'],
      auth: 'device',
      schema: {
        params: tenantPathSchema,
        body: feedAckBodySchema,
        response: feedAckResponseSchema,
      },
      handler: async ({ device, body }) => {
        const acked = await ackFeed(db, {
          tenantId: device.tenantId,
          deviceId: device.deviceId,
          seq: body.seq,
        });
        if (acked === null)
          throw new HttpError(
            400,
            `Cannot acknowledge seq ${body.seq}: no such event was sent yet.`,
          );
        return { status: 'ok' as const, ackedSeq: acked };
      },
    }),
  ];
}
