import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPlatformSecret } from '../tenants/platform-secrets';
import { squareHeaders, standardWebhookHeaders } from '../testing/sign-hooks';
import {
  call,
  dbKinds,
  startTestRelay,
  tenantWithDevice,
  useTestDb,
  type TestRelay,
} from '../testing/test-relay';

const OTHER_SECRET = `whsec_${Buffer.alloc(32, 3).toString('base64')}`;
type Tenant = Awaited<ReturnType<typeof tenantWithDevice>>;

describe.each(dbKinds())('webhook ingress on $kind', ({ kind, skip }) => {
  if (skip) {
    it.skip(`skipped: ${skip}`, () => undefined);
    return;
  }
  const { db } = useTestDb(kind);
  let server: TestRelay;
  let a: Tenant;
  let b: Tenant;
  let n = 0;
  const nextId = () => `evt_${kind}_${++n}`;

  beforeAll(async () => {
    server = await startTestRelay(db(), { maxEventBytes: 4096, hardBodyLimit: 16_384 });
    a = await tenantWithDevice(db(), server.url, 'A');
    b = await tenantWithDevice(db(), server.url, 'B');
  });
  afterAll(() => server.close());

  const stored = async (tenantId: string) =>
    (
      await db().query<{ n: number }>(
        'SELECT count(*)::int AS n FROM feed_events WHERE tenant_id = $1',
        [tenantId],
      )
    )[0]?.n;
  const triaged = async (tenantId: string) =>
    (
      await db().query<{ n: number }>(
        'SELECT count(*)::int AS n FROM ingress_triage WHERE tenant_id = $1',
        [tenantId],
      )
    )[0]?.n;
  const post = (path: string, body: string, headers: Record<string, string>) =>
    call(server.url, path, { method: 'POST', body, headers });
  const zenchef = (
    t: Tenant,
    body: string,
    opts: { id?: string; timestamp?: number; secret?: string } = {},
  ) =>
    post(
      `/hooks/${t.tenantId}/zenchef`,
      body,
      standardWebhookHeaders(opts.secret ?? t.secretOf('zenchef').secret ?? '', body, {
        id: opts.id ?? nextId(),
        ...(opts.timestamp ? { timestamp: opts.timestamp } : {}),
      }),
    );

  it('stores a signed delivery once; a retry gets the same seq and stores nothing', async () => {
    const before = await stored(a.tenantId);
    const id = nextId();
    const body = JSON.stringify({ type: 'booking.created', data: { id: 'b-1', guests: 4 } });
    const first = await zenchef(a, body, { id });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'ok', duplicate: false });
    const retry = await zenchef(a, body, { id, timestamp: Math.floor(Date.now() / 1000) - 30 });
    expect(retry.body).toEqual({ status: 'ok', seq: first.body.seq, duplicate: true });
    expect(await stored(a.tenantId)).toBe((before ?? 0) + 1);
  });

  it('a thin TheFork notification repeated before the desk applied it is stored once; after, again', async () => {
    const body = JSON.stringify({
      entityType: 'reservation',
      uuid: 'r-thin',
      eventType: 'reservationUpdated',
    });
    const token = new URL(a.secretOf('thefork').url).searchParams.get('token') ?? '';
    const path = `/hooks/${a.tenantId}/thefork?token=${encodeURIComponent(token)}`;
    const json = { 'content-type': 'application/json' };
    const first = await post(path, body, json);
    expect(first.body).toMatchObject({ status: 'ok', duplicate: false });
    const retry = await post(path, body, json);
    expect(retry.body).toEqual({ status: 'ok', seq: first.body.seq, duplicate: true });
    // The desk applies and acknowledges the event; the same body later means a new change.
    await db().query('UPDATE devices SET feed_acked_seq = $2 WHERE tenant_id = $1', [
      a.tenantId,
      Number(first.body.seq),
    ]);
    const later = await post(path, body, json);
    expect(later.body).toMatchObject({ status: 'ok', duplicate: false });
    expect(Number(later.body.seq)).toBeGreaterThan(Number(first.body.seq));
    const rows = await db().query<{ n: number }>(
      "SELECT count(*)::int AS n FROM feed_events WHERE tenant_id = $1 AND payload->>'uuid' = 'r-thin'",
      [a.tenantId],
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('refuses forged, tampered and replayed deliveries, stores nothing and counts them', async () => {
    const before = await stored(a.tenantId);
    const body = '{"type":"booking.created"}';
    const forged = await zenchef(a, body, { secret: OTHER_SECRET });
    expect(forged).toMatchObject({
      status: 401,
      body: { status: 'error', reason: 'No webhook-signature matches this endpoint secret.' },
    });
    const headers = standardWebhookHeaders(a.secretOf('zenchef').secret ?? '', body, {
      id: nextId(),
    });
    expect(
      (await post(`/hooks/${a.tenantId}/zenchef`, body.replace('created', 'deleted'), headers))
        .status,
    ).toBe(401);
    const replayed = await zenchef(a, body, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(replayed.status).toBe(401);
    expect(String(replayed.body.reason)).toMatch(/5-minute tolerance/);
    expect(
      (await post(`/hooks/${a.tenantId}/zenchef`, body, { 'content-type': 'application/json' }))
        .status,
    ).toBe(401);
    expect(await stored(a.tenantId)).toBe(before);
    const metrics = await fetch(`${server.url}/metrics`).then((r) => r.text());
    expect(metrics).toContain('relay_webhooks_total{outcome="forged",platform="zenchef"} 4');
  });

  it("refuses one tenant's signature on another tenant's path, and unknown endpoints", async () => {
    const beforeB = await stored(b.tenantId);
    const body = '{"type":"booking.created"}';
    const headers = standardWebhookHeaders(a.secretOf('zenchef').secret ?? '', body, {
      id: nextId(),
    });
    expect((await post(`/hooks/${b.tenantId}/zenchef`, body, headers)).status).toBe(401);
    expect(await stored(b.tenantId)).toBe(beforeB);
    const unknownTenant = await post('/hooks/t_aaaaaaaaaaaaaaaaaaaa/zenchef', body, headers);
    expect(unknownTenant).toMatchObject({ status: 404, body: { status: 'error' } });
    expect((await post(`/hooks/${a.tenantId}/opentable`, body, headers)).status).toBe(404);
    const badPath = await post(
      `/hooks/${encodeURIComponent("t_1' OR '1'='1")}/zenchef`,
      body,
      headers,
    );
    expect(badPath.status).toBe(400);
    expect(String(badPath.body.reason)).toMatch(/tenantId/);
  });

  it('verifies TheFork, Square and Lightspeed with their own schemes', async () => {
    const body = JSON.stringify({
      entityType: 'reservation',
      uuid: 'r-1',
      eventType: 'reservationCreated',
    });
    const theforkUrl = new URL(a.secretOf('thefork').url);
    const token = theforkUrl.searchParams.get('token') ?? '';
    const json = { 'content-type': 'application/json' };
    expect(
      (await post(`/hooks/${a.tenantId}/thefork?token=${encodeURIComponent(token)}`, body, json))
        .status,
    ).toBe(200);
    expect(
      (
        await post(
          `/hooks/${a.tenantId}/thefork?token=${encodeURIComponent(`${token}x`)}`,
          body,
          json,
        )
      ).status,
    ).toBe(401);
    expect((await post(`/hooks/${a.tenantId}/thefork`, body, json)).status).toBe(401);
    expect((await post(`/hooks/${a.tenantId}/thefork?token=a&token=b`, body, json)).status).toBe(
      400,
    );

    const square = await addPlatformSecret(db(), {
      tenantId: a.tenantId,
      platform: 'square',
      secret: 'sq-signature-key',
      publicUrl: server.url,
    });
    const sqBody = JSON.stringify({
      merchant_id: 'M',
      type: 'booking.created',
      event_id: 'sq-evt-1',
      data: {},
    });
    const ok = await post(
      `/hooks/${a.tenantId}/square`,
      sqBody,
      squareHeaders('sq-signature-key', square.notificationUrl ?? '', sqBody),
    );
    expect(ok.status).toBe(200);
    const keys = await db().query<{ event_key: string; event_type: string }>(
      'SELECT event_key, event_type FROM feed_events WHERE tenant_id = $1 AND seq = $2',
      [a.tenantId, ok.body.seq as number],
    );
    expect(keys[0]).toEqual({ event_key: 'id:sq-evt-1', event_type: 'booking.created' });
    const wrongUrl = squareHeaders(
      'sq-signature-key',
      `${server.url}/hooks/${b.tenantId}/square`,
      sqBody,
    );
    expect((await post(`/hooks/${a.tenantId}/square`, sqBody, wrongUrl)).status).toBe(401);

    // Any other platform given a shared secret speaks Standard Webhooks.
    const seven = await addPlatformSecret(db(), {
      tenantId: a.tenantId,
      platform: 'sevenrooms',
      publicUrl: server.url,
    });
    expect(seven.scheme).toBe('standard-webhooks');
    const sevenBody = '{"type":"reservation.updated"}';
    const sevenHeaders = standardWebhookHeaders(seven.secret, sevenBody, { id: nextId() });
    expect((await post(`/hooks/${a.tenantId}/sevenrooms`, sevenBody, sevenHeaders)).status).toBe(
      200,
    );
    expect((await post(`/hooks/${b.tenantId}/sevenrooms`, sevenBody, sevenHeaders)).status).toBe(
      404,
    );

    const bearer = a.secretOf('lightspeed').secret ?? '';
    const lsBody = '{"notificationType":"ORDER_OPENED","account":{"id":1}}';
    expect(
      (
        await post(`/hooks/${a.tenantId}/lightspeed`, lsBody, {
          ...json,
          authorization: `Bearer ${bearer}`,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await post(`/hooks/${a.tenantId}/lightspeed`, lsBody, {
          ...json,
          authorization: `Bearer ${bearer.slice(1)}`,
        })
      ).status,
    ).toBe(401);
  });

  it('refuses oversized bodies, keeping authentic ones (only) for triage', async () => {
    const before = await stored(a.tenantId);
    const triageBefore = await triaged(a.tenantId);
    const big = JSON.stringify({ type: 'x', pad: 'p'.repeat(5000) });
    const authentic = await zenchef(a, big);
    expect(authentic.status).toBe(413);
    expect(String(authentic.body.reason)).toMatch(/limited to 4096.*kept for triage/);
    expect((await zenchef(a, big, { secret: OTHER_SECRET })).status).toBe(401);
    const huge = JSON.stringify({ type: 'x', pad: 'p'.repeat(20_000) });
    const cut = await zenchef(a, huge);
    expect(cut).toMatchObject({
      status: 413,
      body: { status: 'error', reason: 'The request body is too large.' },
    });
    expect(await triaged(a.tenantId)).toBe((triageBefore ?? 0) + 1);
    expect(await stored(a.tenantId)).toBe(before);
  });

  it('answers bodies that are not storable JSON with 400, kept for triage when authentic', async () => {
    const before = await stored(a.tenantId);
    const triageBefore = triaged(a.tenantId);
    const cases: [string, RegExp][] = [
      ['{"type": "booking.created",', /not valid JSON/],
      ['[1,2,3]', /must be a JSON object/],
      ['{"note":"\\u0000"}', /\\u0000/],
      ['{"note":"\\ud800"}', /surrogate/],
      [`${'{"a":'.repeat(70)}1${'}'.repeat(70)}`, /nested/],
    ];
    for (const [body, reason] of cases) {
      const res = await zenchef(a, body);
      expect(res.status).toBe(400);
      expect(String(res.body.reason)).toMatch(reason);
    }
    expect((await zenchef(a, 'not json', { secret: OTHER_SECRET })).status).toBe(401);
    expect(await triaged(a.tenantId)).toBe(((await triageBefore) ?? 0) + cases.length);
    expect(await stored(a.tenantId)).toBe(before);
  });

  it('stores SQL-looking strings verbatim and nothing else happens', async () => {
    const nasty = "'); DROP TABLE feed_events; DELETE FROM tenants; --";
    const body = JSON.stringify({ type: nasty, data: { name: nasty, "k'ey": '$1' } });
    const res = await zenchef(a, body, { id: "x');DELETE_FROM_tenants;--" });
    expect(res.status).toBe(200);
    const feed = await call(
      server.url,
      `/v1/t/${a.tenantId}/feed?after=${(res.body.seq as number) - 1}&limit=1`,
      { token: a.device.token },
    );
    const event = (feed.body.events as Record<string, unknown>[])[0];
    expect(event).toMatchObject({ eventKey: "id:x');DELETE_FROM_tenants;--", eventType: nasty });
    expect(event?.payload).toEqual(JSON.parse(body));
    const tenants = await db().query<{ n: number }>('SELECT count(*)::int AS n FROM tenants');
    expect(tenants[0]?.n).toBeGreaterThanOrEqual(2);
  });

  it('takes concurrent retries of the same events without losing or doubling any', async () => {
    const c = await tenantWithDevice(db(), server.url, 'C');
    const ids = Array.from({ length: 10 }, () => nextId());
    const results = await Promise.all(
      ids.flatMap((id) =>
        [0, 1, 2, 3].map(() => zenchef(c, JSON.stringify({ type: 't', id }), { id })),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.body.duplicate === false)).toHaveLength(10);
    const rows = await db().query<{ seq: number }>(
      'SELECT seq FROM feed_events WHERE tenant_id = $1 ORDER BY seq',
      [c.tenantId],
    );
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
