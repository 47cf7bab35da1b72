import type { Db } from '../db/db-port';
import { notifyConfig } from '../feed/change-hub';
import {
  hashEnrolmentCode,
  hashToken,
  newDeviceId,
  newDeviceToken,
  newEnrolmentCode,
  newTenantId,
} from './tokens';

export interface EnrolmentCode {
  code: string;
  expiresAt: string;
}

export interface DeviceRow {
  deviceId: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
  feedAckedSeq: number;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function createTenant(
  db: Db,
  name: string,
  codeTtlMs: number,
): Promise<{ tenantId: string; name: string; enrolment: EnrolmentCode }> {
  const tenantId = newTenantId();
  const enrolment = await db.transaction(async (tx) => {
    await tx.query('INSERT INTO tenants (id, name) VALUES ($1, $2)', [tenantId, name]);
    await tx.query('INSERT INTO tenant_counters (tenant_id) VALUES ($1)', [tenantId]);
    return insertCode(tx, tenantId, codeTtlMs);
  });
  return { tenantId, name, enrolment };
}

export async function createEnrolmentCode(
  db: Db,
  tenantId: string,
  codeTtlMs: number,
): Promise<EnrolmentCode | null> {
  if (!(await getTenant(db, tenantId))) return null;
  return insertCode(db, tenantId, codeTtlMs);
}

async function insertCode(
  q: Pick<Db, 'query'>,
  tenantId: string,
  ttlMs: number,
): Promise<EnrolmentCode> {
  const code = newEnrolmentCode();
  const rows = await q.query<{ expires_at: Date }>(
    `INSERT INTO enrolment_codes (code_hash, tenant_id, expires_at)
     VALUES ($1, $2, now() + $3::double precision * interval '1 millisecond') RETURNING expires_at`,
    [hashEnrolmentCode(code), tenantId, ttlMs],
  );
  return { code, expiresAt: iso(rows[0]?.expires_at ?? null) ?? '' };
}

export async function getTenant(db: Pick<Db, 'query'>, tenantId: string) {
  const rows = await db.query<{ id: string; name: string; created_at: Date }>(
    'SELECT id, name, created_at FROM tenants WHERE id = $1',
    [tenantId],
  );
  const row = rows[0];
  return row ? { tenantId: row.id, name: row.name, createdAt: iso(row.created_at) ?? '' } : null;
}

export async function listTenants(db: Db) {
  const rows = await db.query<{ id: string; name: string; created_at: Date; devices: number }>(
    `SELECT t.id, t.name, t.created_at,
            (SELECT count(*)::int FROM devices d WHERE d.tenant_id = t.id AND d.revoked_at IS NULL) AS devices
       FROM tenants t ORDER BY t.created_at`,
  );
  return rows.map((r) => ({
    tenantId: r.id,
    name: r.name,
    createdAt: iso(r.created_at) ?? '',
    activeDevices: r.devices,
  }));
}

/** Exchanges a one-time code for a device token; null when the code is unknown, used or expired. */
export async function enrolDevice(
  db: Db,
  code: string,
  deviceName: string,
): Promise<{ tenantId: string; deviceId: string; token: string } | null> {
  const deviceId = newDeviceId();
  const token = newDeviceToken();
  return db.transaction(async (tx) => {
    const used = await tx.query<{ tenant_id: string }>(
      `UPDATE enrolment_codes SET used_at = now(), device_id = $2
        WHERE code_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING tenant_id`,
      [hashEnrolmentCode(code), deviceId],
    );
    const tenantId = used[0]?.tenant_id;
    if (!tenantId) return null;
    await tx.query(
      'INSERT INTO devices (id, tenant_id, name, token_hash) VALUES ($1, $2, $3, $4)',
      [deviceId, tenantId, deviceName, hashToken(token)],
    );
    return { tenantId, deviceId, token };
  });
}

export async function listDevices(db: Db, tenantId: string): Promise<DeviceRow[]> {
  const rows = await db.query<{
    id: string;
    name: string;
    created_at: Date;
    revoked_at: Date | null;
    feed_acked_seq: number;
  }>(
    `SELECT id, name, created_at, revoked_at, feed_acked_seq FROM devices
      WHERE tenant_id = $1 ORDER BY created_at, id`,
    [tenantId],
  );
  return rows.map((r) => ({
    deviceId: r.id,
    name: r.name,
    createdAt: iso(r.created_at) ?? '',
    revokedAt: iso(r.revoked_at),
    feedAckedSeq: r.feed_acked_seq,
  }));
}

/**
 * Revokes a device (of `tenantId` when given): its token stops working at once on every relay
 * process, its streams close and its lease is released. False when there is no such device.
 */
export async function revokeDevice(
  db: Db,
  deviceId: string,
  tenantId?: string,
): Promise<{ tenantId: string } | null> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ tenant_id: string }>(
      `UPDATE devices SET revoked_at = coalesce(revoked_at, now())
        WHERE id = $1 AND ($2::text IS NULL OR tenant_id = $2) RETURNING tenant_id`,
      [deviceId, tenantId ?? null],
    );
    const owner = rows[0]?.tenant_id;
    if (!owner) return null;
    await tx.query('UPDATE leases SET expires_at = least(expires_at, now()) WHERE device_id = $1', [
      deviceId,
    ]);
    await notifyConfig(tx, { kind: 'revoke', tenantId: owner, deviceId });
    return { tenantId: owner };
  });
}
