import type { LeaseHolder, LeaseStatus } from '../../shared/relay/lease';
import type { Db } from '../db/db-port';

interface LeaseRow {
  device_id: string;
  device_name: string;
  epoch: number;
  acquired_at: Date;
  renewed_at: Date;
  expires_at: Date;
  server_time: Date;
}

const iso = (d: Date) => new Date(d).toISOString();

function toStatus(row: LeaseRow | undefined, deviceId: string, serverTime: Date): LeaseStatus {
  const holder: LeaseHolder | null = row
    ? {
        deviceId: row.device_id,
        deviceName: row.device_name,
        epoch: row.epoch,
        acquiredAt: iso(row.acquired_at),
        renewedAt: iso(row.renewed_at),
        expiresAt: iso(row.expires_at),
      }
    : null;
  return { holder, youHold: holder?.deviceId === deviceId, serverTime: iso(serverTime) };
}

/** Who holds the tenant's sync-primary lease now (an expired lease is held by no one). */
export async function leaseStatus(
  db: Pick<Db, 'query'>,
  tenantId: string,
  deviceId: string,
): Promise<LeaseStatus> {
  const rows = await db.query<LeaseRow & { server_time: Date }>(
    `SELECT l.device_id, d.name AS device_name, l.epoch, l.acquired_at, l.renewed_at, l.expires_at,
            now() AS server_time
       FROM (SELECT now()) n
       LEFT JOIN leases l ON l.tenant_id = $1 AND l.expires_at > now()
       LEFT JOIN devices d ON d.id = l.device_id`,
    [tenantId],
  );
  const row = rows[0];
  const serverTime = row?.server_time ?? new Date();
  return toStatus(row?.device_id ? row : undefined, deviceId, serverTime);
}

/**
 * Acquires or renews, in one statement: it succeeds when the device holds the lease or when the
 * lease has lapsed. The epoch grows whenever the lease changes hands. Time is the database's.
 */
export async function acquireLease(
  db: Pick<Db, 'query'>,
  input: { tenantId: string; deviceId: string; ttlMs: number },
): Promise<{ ok: true; status: LeaseStatus } | { ok: false; status: LeaseStatus }> {
  const rows = await db.query<{ device_id: string }>(
    `INSERT INTO leases AS l (tenant_id, device_id, epoch, acquired_at, renewed_at, expires_at)
     VALUES ($1, $2, 1, now(), now(), now() + $3::double precision * interval '1 millisecond')
     ON CONFLICT (tenant_id) DO UPDATE SET
       device_id = EXCLUDED.device_id,
       epoch = CASE WHEN l.device_id = EXCLUDED.device_id THEN l.epoch ELSE l.epoch + 1 END,
       acquired_at = CASE WHEN l.device_id = EXCLUDED.device_id THEN l.acquired_at ELSE now() END,
       renewed_at = now(),
       expires_at = EXCLUDED.expires_at
     WHERE l.device_id = EXCLUDED.device_id OR l.expires_at <= now()
     RETURNING l.device_id`,
    [input.tenantId, input.deviceId, input.ttlMs],
  );
  const status = await leaseStatus(db, input.tenantId, input.deviceId);
  return { ok: rows.length > 0, status };
}

export async function releaseLease(
  db: Pick<Db, 'query'>,
  input: { tenantId: string; deviceId: string },
): Promise<boolean> {
  // Expire rather than delete: the row keeps the epoch, so the next holder gets a higher one.
  const rows = await db.query(
    `UPDATE leases SET expires_at = now()
      WHERE tenant_id = $1 AND device_id = $2 AND expires_at > now() RETURNING tenant_id`,
    [input.tenantId, input.deviceId],
  );
  return rows.length > 0;
}
