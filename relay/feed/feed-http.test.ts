import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedEvent } from '../../shared/relay/feed';
import { createRelayHttp } from '../../main/relay-client/relay-http';
import { createRelayStream } from '../../main/relay-client/relay-stream';
import { startFeedConsumer } from '../../main/relay-client/feed-consumer';
import { startSseReader } from '../../main/relay-client/sse-reader';
import { standardWebhookHeaders } from '../testing/sign-hooks';
import {
  call,
  dbKinds,
  startTestRelay,
  tenantWithDevice,
  useTestDb,
  type TestRelay,
} from '../testing/test-relay';

type Tenant = Awaited<ReturnType<typeof tenantWithDevice>>;

const waitFor = async (check: () => boolean, ms = 3000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe.each(dbKinds())('event feed on $kind', ({ kind, skip }) => {
  if (skip) {
    it.skip(`skipped: ${skip}`, () => undefined);
    return;
  }
  const { db } = useTestDb(kind);
  let server: TestRelay;
  let n = 0;
  beforeAll(async () => {
    server = await startTestRelay(db());
  });
  afterAll(() => server.close());

  const ingest = async (t: Tenant, count: number) => {
    const seqs: number[] = [];
    for (let i = 0; i < count; i++) {
      const id = `feed_${kind}_${++n}`;
      const body = JSON.stringify({ type: 'booking.created', data: { n } });
      const res = await call(server.url, `/hooks/${t.tenantId}/formitable`, {
        method: 'POST',
        body,
        headers: standardWebhookHeaders(t.secretOf('formitable').secret ?? '', body, { id }),
      });
      expect(res.status).toBe(200);
      seqs.push(res.body.seq as number);
    }
    return seqs;
  };
  const feed = (t: Tenant, query: string, token = t.device.token) =>
    call(server.url, `/v1/t/${t.tenantId}/feed${query}`, { token });

  it('pages events in server order with checkpoints, replays from any checkpoint, resumes after the ack', async () => {
    const t = await tenantWithDevice(db(), server.url, 'Feed');
    const seqs = await ingest(t, 5);
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
    const page1 = await feed(t, '?after=0&limit=2');
    expect(page1.body).toMatchObject({
      checkpoint: { seq: 2 },
      hasMore: true,
      headSeq: 5,
      gap: false,
    });
    expect((page1.body.events as FeedEvent[]).map((e) => e.seq)).toEqual([1, 2]);
    const page2 = await feed(t, '?after=2&limit=10');
    expect((page2.body.events as FeedEvent[]).map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(page2.body.hasMore).toBe(false);
    const empty = await feed(t, '?after=5');
    expect(empty.body).toMatchObject({ events: [], checkpoint: { seq: 5 } });

    const ack = await call(server.url, `/v1/t/${t.tenantId}/feed/ack`, {
      method: 'POST',
      token: t.device.token,
      body: { seq: 3 },
    });
    expect(ack.body).toEqual({ status: 'ok', ackedSeq: 3 });
    expect(((await feed(t, '')).body.events as FeedEvent[]).map((e) => e.seq)).toEqual([4, 5]);
    const back = await call(server.url, `/v1/t/${t.tenantId}/feed/ack`, {
      method: 'POST',
      token: t.device.token,
      body: { seq: 1 },
    });
    expect(back.body).toEqual({ status: 'ok', ackedSeq: 3 });
    const beyond = await call(server.url, `/v1/t/${t.tenantId}/feed/ack`, {
      method: 'POST',
      token: t.device.token,
      body: { seq: 99 },
    });
    expect(beyond).toMatchObject({ status: 400, body: { status: 'error' } });
    expect((await feed(t, '?after=0')).body.events as FeedEvent[]).toHaveLength(5);

    for (const bad of [
      '?after=-1',
      '?after=abc',
      '?limit=0',
      '?limit=100000',
      '?after=1;DROP TABLE feed_events',
    ]) {
      const res = await feed(t, bad);
      expect(res.status).toBe(400);
      expect(res.body.status).toBe('error');
    }
  });

  it("never shows one tenant's events to another tenant's device", async () => {
    const a = await tenantWithDevice(db(), server.url, 'A');
    const b = await tenantWithDevice(db(), server.url, 'B');
    await ingest(a, 2);
    const crossed = await feed(a, '?after=0', b.device.token);
    expect(crossed).toMatchObject({
      status: 403,
      body: { status: 'error', reason: 'This device belongs to another tenant.' },
    });
    expect(crossed.body).not.toHaveProperty('events');
    expect((await feed(b, '?after=0')).body.events as FeedEvent[]).toEqual([]);
    const stream = await fetch(`${server.url}/v1/t/${a.tenantId}/stream`, {
      headers: { authorization: `Bearer ${b.device.token}` },
    });
    expect(stream.status).toBe(403);
    expect((await feed(a, '?after=0', 'cvt_not-a-real-token')).status).toBe(401);
    expect((await call(server.url, `/v1/t/${a.tenantId}/feed`)).status).toBe(401);
  });

  it('pokes the SSE stream on connect and after each ingest; the consumer applies and acks', async () => {
    const t = await tenantWithDevice(db(), server.url, 'Stream');
    const pokes: string[][] = [];
    const reader = startSseReader({
      url: `${server.url}/v1/t/${t.tenantId}/stream`,
      headers: () => ({ authorization: `Bearer ${t.device.token}` }),
      onEvent: (m) => pokes.push((JSON.parse(m.data) as { topics: string[] }).topics),
    });
    await waitFor(() => pokes.length > 0);
    expect(pokes[0]).toEqual(['*']);
    await ingest(t, 1);
    await waitFor(() => pokes.some((p) => p.includes('feed')), 1000);
    reader.close();

    const http = createRelayHttp({
      baseUrl: server.url,
      tenantId: t.tenantId,
      token: t.device.token,
    });
    const stream = createRelayStream(http);
    const applied: number[] = [];
    const consumer = startFeedConsumer({
      http,
      stream,
      apply: async (events) => {
        applied.push(...events.map((e) => e.seq));
      },
    });
    await waitFor(() => applied.length === 1);
    await ingest(t, 3);
    await waitFor(() => applied.length === 4, 2000);
    expect(applied).toEqual([1, 2, 3, 4]);
    await waitFor(() => consumer.checkpoint === 4);
    consumer.close();
    stream.close();
    const devices = await call(server.url, `/v1/t/${t.tenantId}/devices`, {
      token: t.device.token,
    });
    expect((devices.body.devices as { feedAckedSeq: number }[])[0]?.feedAckedSeq).toBe(4);
  });

  it('retention removes a prefix of old events and tells a lagging desk about the gap', async () => {
    const t = await tenantWithDevice(db(), server.url, 'Old');
    await ingest(t, 3);
    await db().query(
      `UPDATE feed_events SET received_at = now() - interval '30 days' WHERE tenant_id = $1 AND seq <= 2`,
      [t.tenantId],
    );
    const purged = await server.relay.purgeNow();
    expect(purged.events).toBeGreaterThanOrEqual(2);
    const page = await feed(t, '?after=0');
    expect(page.body).toMatchObject({ gap: true, purgedThrough: 2, headSeq: 3 });
    expect((page.body.events as FeedEvent[]).map((e) => e.seq)).toEqual([3]);
    expect((await feed(t, '?after=2')).body.gap).toBe(false);
  });
});
