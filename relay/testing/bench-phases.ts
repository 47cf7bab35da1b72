import { createRxDatabase, type RxCollection } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { startFeedConsumer } from '../../main/relay-client/feed-consumer';
import type { RelayHttp } from '../../main/relay-client/relay-http';
import { createRelayStream } from '../../main/relay-client/relay-stream';
import { replicateWithRelay } from '../../main/relay-client/replicate-collection';
import type { Db } from '../db/db-port';
import { blast, openConnection, runConcurrently, serializeRequest } from './load';
import { standardWebhookHeaders } from './sign-hooks';

/** The pieces of `npm run bench relay`, each measuring one figure and its reference. */

export const webhookBody = (i: number) =>
  JSON.stringify({
    type: 'booking.created',
    timestamp: new Date().toISOString(),
    data: { id: `bk_${i}`, covers: (i % 8) + 1 },
  });

export interface HookTarget {
  port: number;
  tenantId: string;
  secret: string;
}

function hookRequest(target: HookTarget, i: number, id: string): Buffer {
  const body = webhookBody(i);
  return serializeRequest(`127.0.0.1:${target.port}`, {
    path: `/hooks/${target.tenantId}/zenchef`,
    body,
    headers: {
      'content-type': 'application/json',
      ...standardWebhookHeaders(target.secret, body, { id }),
    },
  });
}

/** Signed webhooks, pre-serialized, over `connections` keep-alive sockets: deliveries per second. */
export async function ingestRate(target: HookTarget, count: number, connections: number) {
  const url = `http://127.0.0.1:${target.port}`;
  await blast(
    url,
    Array.from({ length: 500 }, (_, i) => hookRequest(target, -i - 1, `warm_${i}`)),
    connections,
  );
  const prepared = Array.from({ length: count }, (_, i) => hookRequest(target, i, `bench_${i}`));
  const { ms, statuses } = await blast(url, prepared, connections);
  if (statuses.get(200) !== count)
    throw new Error(`not all webhooks were accepted: ${JSON.stringify([...statuses])}`);
  return (count / ms) * 1000;
}

/** The same single-row inserts, straight from Node: the reference for the ingest rate. */
export async function rawInsertRate(db: Db, tenantId: string, count: number, concurrency: number) {
  await db.exec(`CREATE TABLE IF NOT EXISTS bench_raw_events (
    tenant_id text NOT NULL, platform text NOT NULL, event_key text NOT NULL, event_type text,
    received_at timestamptz NOT NULL DEFAULT now(), payload jsonb NOT NULL,
    PRIMARY KEY (tenant_id, platform, event_key))`);
  const ms = await runConcurrently(count, concurrency, async (i) => {
    await db.query(
      `INSERT INTO bench_raw_events (tenant_id, platform, event_key, event_type, payload)
       VALUES ($1, $2, $3, $4, $5::jsonb) ON CONFLICT DO NOTHING`,
      [tenantId, 'zenchef', `id:raw_${i}`, 'booking.created', webhookBody(i)],
    );
  });
  return (count / ms) * 1000;
}

/**
 * One webhook at a time into the relay while a desk (the real relay client: SSE + feed pulls)
 * is connected: time from sending to the event applied at the desk, and the POST alone.
 */
export async function feedLatency(target: HookTarget, http: RelayHttp, rounds: number) {
  const stream = createRelayStream(http);
  const seen = new Map<string, number>();
  const consumer = startFeedConsumer({
    http,
    stream,
    batchSize: 1000,
    apply: async (events) => {
      const now = performance.now();
      for (const e of events) seen.set(e.eventKey, now);
    },
  });
  await consumer.pullNow();
  while (!stream.connected) await new Promise((r) => setTimeout(r, 10));
  const connection = await openConnection(target.port);
  const toFeed: number[] = [];
  const roundTrip: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const id = `lat_${i}`;
    const request = hookRequest(target, i, id);
    const t0 = performance.now();
    const status = await connection.send(request);
    roundTrip.push(performance.now() - t0);
    if (status !== 200) throw new Error(`latency webhook answered ${status}`);
    while (!seen.has(`id:${id}`) && performance.now() - t0 < 5000)
      await new Promise((r) => setImmediate(r));
    toFeed.push((seen.get(`id:${id}`) ?? Infinity) - t0);
    await new Promise((r) => setTimeout(r, 5));
  }
  connection.close();
  consumer.close();
  stream.close();
  return { toFeed, roundTrip };
}

/** Seeds a replicated collection of `count` reservation-like documents, in seq order. */
export async function seedDocs(db: Db, tenantId: string, count: number) {
  await db.query(
    `INSERT INTO replication_collections (tenant_id, collection, schema_version, primary_path, seq)
     VALUES ($1, 'bench_bookings', 0, 'id', $2)`,
    [tenantId, count],
  );
  await db.query(
    `INSERT INTO replication_docs (tenant_id, collection, id, seq, schema_version, deleted, data)
     SELECT $1, 'bench_bookings', 'bk' || lpad(g::text, 7, '0'), g, 0, false,
            jsonb_build_object('id', 'bk' || lpad(g::text, 7, '0'), 'guestName', 'Guest ' || g,
              'partySize', (g % 8) + 1, 'startsAt', '2026-06-01T19:30:00.000Z', 'status', 'confirmed',
              'notes', repeat('n', 60), '_deleted', false)
       FROM generate_series(1, $2::int) g`,
    [tenantId, count],
  );
}

/** Pages through all seeded documents with SQL only: the floor for the initial pull. */
export async function rawPullMs(db: Db, tenantId: string, pageSize: number) {
  const t0 = performance.now();
  let seq = 0;
  for (;;) {
    const rows = await db.query<{ seq: number }>(
      `SELECT seq, data FROM replication_docs
        WHERE tenant_id = $1 AND collection = 'bench_bookings' AND seq > $2 ORDER BY seq LIMIT $3`,
      [tenantId, seq, pageSize],
    );
    if (rows.length === 0) break;
    seq = rows.at(-1)?.seq ?? seq;
  }
  return performance.now() - t0;
}

/** A fresh desk (RxDB, memory storage) pulling the whole collection through the relay. */
export async function initialPull(http: RelayHttp, expected: number) {
  const rxdb = await createRxDatabase({
    name: `bench${Date.now()}`,
    storage: getRxStorageMemory(),
    multiInstance: false,
  });
  const { bench_bookings: collection } = await rxdb.addCollections({
    bench_bookings: {
      schema: {
        version: 0,
        primaryKey: 'id',
        type: 'object',
        properties: {
          id: { type: 'string', maxLength: 32 },
          guestName: { type: 'string' },
          partySize: { type: 'integer' },
          startsAt: { type: 'string' },
          status: { type: 'string' },
          notes: { type: 'string' },
        },
        required: ['id'],
      },
    },
  });
  const t0 = performance.now();
  const replication = replicateWithRelay({
    collection: collection as RxCollection,
    http,
    live: false,
    batchSize: 1000,
  });
  await replication.awaitInitialReplication();
  const ms = performance.now() - t0;
  const pulled = await collection.count().exec();
  await replication.cancel();
  await rxdb.close();
  if (pulled !== expected) throw new Error(`pulled ${pulled} of ${expected} documents`);
  return ms;
}
