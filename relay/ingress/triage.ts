import type { Db } from '../db/db-port';
import { sha256Hex } from '../tenants/tokens';

/** The first bytes kept of an authentic delivery that could not become an event. */
export const TRIAGE_HEAD_BYTES = 64 * 1024;

export async function keepForTriage(
  db: Pick<Db, 'query'>,
  input: { tenantId: string; platform: string; reason: string; body: Buffer },
): Promise<void> {
  const head = input.body.subarray(0, TRIAGE_HEAD_BYTES);
  await db.query(
    `INSERT INTO ingress_triage (tenant_id, platform, reason, body_size, body_sha256, body_head)
     VALUES ($1, $2, $3, $4, $5, decode($6, 'hex'))`,
    [
      input.tenantId,
      input.platform,
      input.reason,
      input.body.length,
      sha256Hex(input.body),
      head.toString('hex'),
    ],
  );
}
