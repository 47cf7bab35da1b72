import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRelayHttp } from '../main/relay-client/relay-http';
import { createRelayStream, type RelayStream } from '../main/relay-client/relay-stream';
import { startFeedConsumer } from '../main/relay-client/feed-consumer';
import type { Db } from './db/db-port';
import { migrate } from './db/migrate';
import { openPgDb } from './db/pg-db';
import { openPgliteDb } from './db/pglite-db';
import { pgServerUnavailableReason, startPgServer, type PgServer } from './testing/pg-server';
import { startRelayProcess, type RelayProcess } from './testing/relay-process';
import { standardWebhookHeaders } from './testing/sign-hooks';
import { call, startTestRelay, tenantWithDevice, type TestRelay } from './testing/test-relay';

/**
 * Ingest on relay A, a desk streaming from relay B: the event must reach the desk within a
 * second, through NOTIFY at commit and LISTEN in B.
 */
async function crossRelayLatencies(db: Db, ingestUrl: string, streamUrl: string, rounds: number) {
  const tenant = await tenantWithDevice(db, ingestUrl, 'Scale');
  const http = createRelayHttp({
    baseUrl: streamUrl,
    tenantId: tenant.tenantId,
    token: tenant.device.token,
  });
  const stream: RelayStream = createRelayStream(http);
  const arrived = new Map<string, number>();
  const consumer = startFeedConsumer({
    http,
    stream,
    apply: async (events) => {
      for (const e of events) arrived.set(e.eventKey, performance.now());
    },
  });
  await consumer.pullNow();
  while (!stream.connected) await new Promise((r) => setTimeout(r, 10));
  const latencies: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const id = `scale_${i}_${Date.now()}`;
    const body = JSON.stringify({ type: 'booking.created', data: { i } });
    const sent = performance.now();
    const res = await call(ingestUrl, `/hooks/${tenant.tenantId}/zenchef`, {
      method: 'POST',
      body,
      headers: standardWebhookHeaders(tenant.secretOf('zenchef').secret ?? '', body, { id }),
    });
    expect(res.status).toBe(200);
    while (!arrived.has(`id:${id}`) && performance.now() - sent < 3000)
      await new Promise((r) => setTimeout(r, 2));
    latencies.push(arrived.has(`id:${id}`) ? (arrived.get(`id:${id}`) ?? 0) - sent : Infinity);
  }
  const pokedRepl = new Promise<boolean>((resolve) => {
    const off = stream.subscribe('replication:tables', () => {
      off();
      resolve(true);
    });
    setTimeout(() => resolve(false), 3000);
  });
  await call(ingestUrl, `/v1/t/${tenant.tenantId}/replication/tables/0/push`, {
    method: 'POST',
    token: tenant.device.token,
    body: { rows: [{ newDocumentState: { id: 'T1', _deleted: false } }] },
  });
  const replicationPoked = await pokedRepl;
  consumer.close();
  stream.close();
  return { latencies, replicationPoked };
}

const pgSkip = pgServerUnavailableReason();
describe('scale-out on a PostgreSQL server: two relay processes', () => {
  if (pgSkip) {
    it.skip(`skipped: ${pgSkip}`, () => undefined);
    return;
  }
  let server: PgServer;
  let db: Db;
  let a: TestRelay;
  let b: RelayProcess;
  beforeAll(async () => {
    server = await startPgServer();
    db = await openPgDb({ connectionString: server.url });
    await migrate(db);
    a = await startTestRelay(db);
    b = await startRelayProcess([], { DATABASE_URL: server.url });
  }, 90_000);
  afterAll(async () => {
    b.child.kill('SIGTERM');
    await b.exited;
    await a.close();
    await db.close();
    await server.stop();
  });

  it('an event ingested on one process reaches a desk streaming from the other within a second', async () => {
    const { latencies, replicationPoked } = await crossRelayLatencies(db, a.url, b.url, 5);
    expect(Math.max(...latencies)).toBeLessThan(1000);
    expect(replicationPoked).toBe(true);
    // And the other way round.
    const back = await crossRelayLatencies(db, b.url, a.url, 2);
    expect(Math.max(...back.latencies)).toBeLessThan(1000);
  });
});
if (pgSkip) console.log(`Scale-out on PostgreSQL skipped: ${pgSkip}`);

describe('scale-out on PGlite: two relays on one embedded database', () => {
  let db: Db;
  let a: TestRelay;
  let b: TestRelay;
  beforeAll(async () => {
    db = await openPgliteDb();
    await migrate(db);
    a = await startTestRelay(db);
    b = await startTestRelay(db);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await db.close();
  });

  it('an event ingested on one relay reaches a desk streaming from the other within a second', async () => {
    const { latencies, replicationPoked } = await crossRelayLatencies(db, a.url, b.url, 5);
    expect(Math.max(...latencies)).toBeLessThan(1000);
    expect(replicationPoked).toBe(true);
  });
});
