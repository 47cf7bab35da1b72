import { okSchema, tenantPathSchema } from '../../shared/relay/common';
import {
  devicePathSchema,
  devicesResponseSchema,
  enrolBodySchema,
  enrolResponseSchema,
  meResponseSchema,
} from '../../shared/relay/devices';
import type { Db } from '../db/db-port';
import { HttpError } from '../http/http-error';
import { defineRoute } from '../http/route';
import { enrolDevice, listDevices, revokeDevice } from './tenant-store';

export function deviceRoutes(db: Db) {
  return [
    defineRoute({
      method: 'POST',
      path: '/v1/enrol',
      summary: 'Exchange a one-time enrolment code for a device token',
      tags: ['devices'],
      auth: 'none',
      rateLimit: 'ip',
      successStatus: 201,
      schema: { body: enrolBodySchema, response: enrolResponseSchema },
      handler: async ({ body }) => {
        const enrolled = await enrolDevice(db, body.code, body.deviceName);
        if (!enrolled)
          throw new HttpError(
            403,
            'This enrolment code is unknown, expired or already used. Ask for a new one (relay:admin enrolment-code).',
          );
        return enrolled;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/t/:tenantId/me',
      summary: 'The device and tenant behind this token',
      tags: ['devices'],
      auth: 'device',
      schema: { params: tenantPathSchema, response: meResponseSchema },
      handler: async ({ device }) => device,
    }),
    defineRoute({
      method: 'GET',
      path: '/v1/t/:tenantId/devices',
      summary: "The tenant's devices, revoked ones included",
      tags: ['devices'],
      auth: 'device',
      schema: { params: tenantPathSchema, response: devicesResponseSchema },
      handler: async ({ device }) => ({ devices: await listDevices(db, device.tenantId) }),
    }),
    defineRoute({
      method: 'DELETE',
      path: '/v1/t/:tenantId/devices/:deviceId',
      summary: 'Revoke a device of this tenant (its token stops working at once)',
      tags: ['devices'],
      auth: 'device',
      schema: { params: devicePathSchema, response: okSchema },
      handler: async ({ device, params }) => {
        const revoked = await revokeDevice(db, params.deviceId, device.tenantId);
        if (!revoked) throw new HttpError(404, 'This tenant has no such device.');
        return { status: 'ok' as const };
      },
    }),
  ];
}
