import type { FeedEvent, FeedPullResponse } from '../../shared/relay/feed';
import type { Db } from '../db/db-port';

export async function pullFeed(
  db: Pick<Db, 'query'>,
  input: { tenantId: string; deviceId: string; after: number | undefined; limit: number },
): Promise<FeedPullResponse> {
  // One statement, one snapshot: headSeq is never below the last event returned. Without
  // `after`, the pull starts after what this device acknowledged.
  const rows = await db.query<{
    after: number;
    feed_seq: number;
    feed_purged_through: number;
    seq: number | null;
    platform: string;
    event_key: string;
    event_type: string | null;
    received_at: Date;
    payload: unknown;
  }>(
    `WITH start AS (
       SELECT coalesce($2::bigint, (SELECT d.feed_acked_seq FROM devices d WHERE d.id = $4), 0) AS after
     )
     SELECT s.after, c.feed_seq, c.feed_purged_through, e.seq, e.platform, e.event_key,
            e.event_type, e.received_at, e.payload
       FROM start s
       JOIN tenant_counters c ON c.tenant_id = $1
       LEFT JOIN LATERAL (
         SELECT f.seq, f.platform, f.event_key, f.event_type, f.received_at, f.payload
           FROM feed_events f WHERE f.tenant_id = $1 AND f.seq > s.after ORDER BY f.seq LIMIT $3
       ) e ON true`,
    [input.tenantId, input.after ?? null, input.limit, input.deviceId],
  );
  const first = rows[0];
  const after = first?.after ?? input.after ?? 0;
  const headSeq = first?.feed_seq ?? 0;
  const purgedThrough = first?.feed_purged_through ?? 0;
  const events: FeedEvent[] = rows.flatMap((r) =>
    r.seq === null
      ? []
      : [
          {
            seq: r.seq,
            platform: r.platform,
            eventKey: r.event_key,
            eventType: r.event_type,
            receivedAt: new Date(r.received_at).toISOString(),
            payload: r.payload,
          },
        ],
  );
  const last = events.at(-1);
  return {
    events,
    checkpoint: { seq: last ? last.seq : after },
    hasMore: events.length === input.limit,
    headSeq,
    purgedThrough,
    gap: after < purgedThrough,
  };
}

/** Records what a device applied; never moves back, never past the tenant's head. */
export async function ackFeed(
  db: Pick<Db, 'query'>,
  input: { tenantId: string; deviceId: string; seq: number },
): Promise<number | null> {
  const rows = await db.query<{ feed_acked_seq: number }>(
    `UPDATE devices SET feed_acked_seq = greatest(feed_acked_seq, $3)
      WHERE id = $1 AND tenant_id = $2
        AND $3 <= (SELECT feed_seq FROM tenant_counters WHERE tenant_id = $2)
      RETURNING feed_acked_seq`,
    [input.deviceId, input.tenantId, input.seq],
  );
  return rows[0]?.feed_acked_seq ?? null;
}

/**
 * Retention: removes, per tenant, the prefix of events up to the newest one older than
 * `retentionDays` (a prefix, so `purgedThrough` tells a desk exactly what it can no longer get),
 * plus triage rows and enrolment codes of the same age.
 */
export async function purgeExpired(db: Db, retentionDays: number): Promise<{ events: number }> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<{ n: number }>(
      `WITH limits AS (
         SELECT tenant_id, max(seq) AS through FROM feed_events
          WHERE received_at < now() - $1::double precision * interval '1 day' GROUP BY tenant_id
       ), gone AS (
         DELETE FROM feed_events e USING limits l
          WHERE e.tenant_id = l.tenant_id AND e.seq <= l.through RETURNING e.tenant_id
       ), bumped AS (
         UPDATE tenant_counters c SET feed_purged_through = greatest(c.feed_purged_through, l.through)
           FROM limits l WHERE c.tenant_id = l.tenant_id RETURNING c.tenant_id
       )
       SELECT (SELECT count(*)::int FROM gone) AS n`,
      [retentionDays],
    );
    await tx.query(
      `DELETE FROM ingress_triage WHERE received_at < now() - $1::double precision * interval '1 day'`,
      [retentionDays],
    );
    await tx.query(
      `DELETE FROM enrolment_codes WHERE expires_at < now() - $1::double precision * interval '1 day'`,
      [retentionDays],
    );
    return { events: rows[0]?.n ?? 0 };
  });
}
