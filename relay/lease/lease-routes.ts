import { okSchema, tenantPathSchema } from '../../shared/relay/common';
import { leaseAcquireBodySchema, leaseStatusSchema } from '../../shared/relay/lease';
import type { Db } from '../db/db-port';
import { HttpError } from '../http/http-error';
import { defineRoute } from '../http/route';
import { acquireLease, leaseStatus, releaseLease } from './lease-store';

/** The sync-primary lease: one workstation per tenant runs the platform connectors. */
export function leaseRoutes(db: Db) {
  return [
    defineRoute({
      method: 'GET',
      path: '/v1/t/:tenantId/lease',
      summary: 'Who holds the sync-primary lease',
      tags: ['lease'],
      auth: 'device',
      schema: { params: tenantPathSchema, response: leaseStatusSchema },
      handler: async ({ device }) => await leaseStatus(db, device.tenantId, device.deviceId),
    }),
    defineRoute({
      method: 'PUT',
      path: '/v1/t/:tenantId/lease',
      summary: 'Acquire or renew the lease for ttlMs; 409 while another device holds it',
      tags: ['lease'],
      auth: 'device',
      schema: {
        params: tenantPathSchema,
        body: leaseAcquireBodySchema,
        response: leaseStatusSchema,
      },
      handler: async ({ device, body }) => {
        const result = await acquireLease(db, {
          tenantId: device.tenantId,
          deviceId: device.deviceId,
          ttlMs: body.ttlMs,
        });
        if (!result.ok) {
          const holder = result.status.holder;
          throw new HttpError(
            409,
            `The lease is held by ${holder ? `"${holder.deviceName}" until ${holder.expiresAt}` : 'another device'}.`,
            result.status,
          );
        }
        return result.status;
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/v1/t/:tenantId/lease',
      summary: 'Release the lease if this device holds it',
      tags: ['lease'],
      auth: 'device',
      schema: { params: tenantPathSchema, response: okSchema },
      handler: async ({ device }) => {
        await releaseLease(db, { tenantId: device.tenantId, deviceId: device.deviceId });
        return { status: 'ok' as const };
      },
    }),
  ];
}
