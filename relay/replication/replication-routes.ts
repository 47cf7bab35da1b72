import {
  replicationPathSchema,
  replicationPullQuerySchema,
  replicationPullResponseSchema,
  replicationPushBodySchema,
  replicationPushResponseSchema,
} from '../../shared/relay/replication';
import type { Db } from '../db/db-port';
import { defineRoute } from '../http/route';
import { pullDocuments, pushDocuments } from './replication-store';

/**
 * The replication hub: any collection the desk names, documents as JSON objects. Changes poke
 * the tenant's stream with `replication:<collection>`.
 */
export function replicationRoutes(db: Db, options: { pushBodyLimit: number }) {
  return [
    defineRoute({
      method: 'GET',
      path: '/v1/t/:tenantId/replication/:collection/:schemaVersion/pull',
      summary: 'RxDB pull: documents after the checkpoint {seq}, ascending',
      tags: ['replication'],
      auth: 'device',
      schema: {
        params: replicationPathSchema,
        query: replicationPullQuerySchema,
        response: replicationPullResponseSchema,
      },
      handler: async ({ device, params, query }) =>
        await pullDocuments(
          db,
          {
            tenantId: device.tenantId,
            collection: params.collection,
            schemaVersion: params.schemaVersion,
          },
          query.seq,
          query.limit,
        ),
    }),
    defineRoute({
      method: 'POST',
      path: '/v1/t/:tenantId/replication/:collection/:schemaVersion/push',
      summary: 'RxDB push: rows of assumed and new state; answers the master state of conflicts',
      tags: ['replication'],
      auth: 'device',
      bodyLimit: options.pushBodyLimit,
      schema: {
        params: replicationPathSchema,
        body: replicationPushBodySchema,
        response: replicationPushResponseSchema,
      },
      handler: async ({ device, params, body }) => ({
        conflicts: await pushDocuments(
          db,
          {
            tenantId: device.tenantId,
            collection: params.collection,
            schemaVersion: params.schemaVersion,
          },
          body.primaryPath,
          body.rows,
        ),
      }),
    }),
  ];
}
