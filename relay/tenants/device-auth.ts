import type { Db } from '../db/db-port';
import { HttpError } from '../http/http-error';
import { hashToken } from './tokens';

export interface DeviceIdentity {
  deviceId: string;
  deviceName: string;
  tenantId: string;
  tenantName: string;
}

/** Finds the device behind `Authorization: Bearer <token>`; revoked tokens find nothing. */
export async function authenticateDevice(
  db: Db,
  authorization: string | undefined,
): Promise<DeviceIdentity> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match?.[1]) {
    throw new HttpError(
      401,
      'Send the device token as "Authorization: Bearer <token>".',
      undefined,
      {
        'www-authenticate': 'Bearer',
      },
    );
  }
  const rows = await db.query<{
    id: string;
    name: string;
    tenant_id: string;
    tenant_name: string;
    revoked: boolean;
  }>(
    `SELECT d.id, d.name, d.tenant_id, t.name AS tenant_name, d.revoked_at IS NOT NULL AS revoked
       FROM devices d JOIN tenants t ON t.id = d.tenant_id WHERE d.token_hash = $1`,
    [hashToken(match[1])],
  );
  const row = rows[0];
  if (!row) throw new HttpError(401, 'This device token is not known to the relay.');
  if (row.revoked) throw new HttpError(401, 'This device was revoked; enrol it again.');
  return {
    deviceId: row.id,
    deviceName: row.name,
    tenantId: row.tenant_id,
    tenantName: row.tenant_name,
  };
}
