import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSseReader } from '../../main/relay-client/sse-reader';
import { hashToken } from './tokens';
import { createEnrolmentCode } from './tenant-store';
import { revoke } from './admin-commands';
import {
  call,
  dbKinds,
  enrolOverHttp,
  startTestRelay,
  tenantWithDevice,
  useTestDb,
  type TestRelay,
} from '../testing/test-relay';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(dbKinds())('tenants, devices and lease on $kind', ({ kind, skip }) => {
  if (skip) {
    it.skip(`skipped: ${skip}`, () => undefined);
    return;
  }
  const { db } = useTestDb(kind);
  let server: TestRelay;
  beforeAll(async () => {
    server = await startTestRelay(db());
  });
  afterAll(() => server.close());

  it('exchanges a one-time code for a token kept only as a hash; codes are single use and expire', async () => {
    const t = await tenantWithDevice(db(), server.url, 'Enrol');
    expect(t.device.token).toMatch(/^cvt_/);
    const rows = await db().query<{ token_hash: string }>(
      'SELECT token_hash FROM devices WHERE id = $1',
      [t.device.deviceId],
    );
    expect(rows[0]?.token_hash).toBe(hashToken(t.device.token));
    const again = await call(server.url, '/v1/enrol', {
      method: 'POST',
      body: { code: t.enrolment.code, deviceName: 'x' },
    });
    expect(again).toMatchObject({ status: 403, body: { status: 'error' } });
    expect(String(again.body.reason)).toMatch(/unknown, expired or already used/);

    const loose = await createEnrolmentCode(db(), t.tenantId, 60_000);
    const typed = (loose?.code ?? '').toLowerCase().replaceAll('-', ' ');
    expect((await enrolOverHttp(server.url, typed, 'Bar desk')).tenantId).toBe(t.tenantId);

    const shortLived = await createEnrolmentCode(db(), t.tenantId, 1);
    await sleep(20);
    expect(
      (
        await call(server.url, '/v1/enrol', {
          method: 'POST',
          body: { code: shortLived?.code, deviceName: 'late' },
        })
      ).status,
    ).toBe(403);

    for (const body of [
      {},
      { code: 'X' },
      { code: 42, deviceName: 'a' },
      { code: 'X', deviceName: 'n'.repeat(500) },
      'not json',
    ]) {
      const res = await call(server.url, '/v1/enrol', { method: 'POST', body });
      expect(res.status).toBe(400);
      expect(res.body.status).toBe('error');
    }
  });

  it('revokes a device: its token stops at once, its stream closes, other tenants cannot revoke', async () => {
    const t = await tenantWithDevice(db(), server.url, 'Revoke');
    const other = await tenantWithDevice(db(), server.url, 'Other');
    const code = await createEnrolmentCode(db(), t.tenantId, 60_000);
    const second = await enrolOverHttp(server.url, code?.code ?? '', 'Second desk');
    const events: string[] = [];
    let fatal = '';
    const reader = startSseReader({
      url: `${server.url}/v1/t/${t.tenantId}/stream`,
      headers: () => ({ authorization: `Bearer ${second.token}` }),
      onEvent: (m) => events.push(m.event ?? ''),
      onError: (e, isFatal) => {
        if (isFatal) fatal = e.message;
      },
      minRetryMs: 50,
    });
    while (!events.includes('poke')) await sleep(10);

    const cross = await call(server.url, `/v1/t/${other.tenantId}/devices/${second.deviceId}`, {
      method: 'DELETE',
      token: other.device.token,
    });
    expect(cross.status).toBe(404);
    expect((await call(server.url, `/v1/t/${t.tenantId}/me`, { token: second.token })).status).toBe(
      200,
    );

    const res = await call(server.url, `/v1/t/${t.tenantId}/devices/${second.deviceId}`, {
      method: 'DELETE',
      token: t.device.token,
    });
    expect(res).toMatchObject({ status: 200, body: { status: 'ok' } });
    const after = await call(server.url, `/v1/t/${t.tenantId}/me`, { token: second.token });
    expect(after).toMatchObject({
      status: 401,
      body: { reason: 'This device was revoked; enrol it again.' },
    });
    while (!events.includes('revoked') || !fatal) await sleep(10);
    reader.close();
    expect(fatal).toMatch(/401/);

    await revoke(db(), t.device.deviceId);
    expect(
      (await call(server.url, `/v1/t/${t.tenantId}/feed`, { token: t.device.token })).status,
    ).toBe(401);
    expect(
      (await call(server.url, `/v1/t/${other.tenantId}/me`, { token: other.device.token })).status,
    ).toBe(200);
    const listed = await call(server.url, `/v1/t/${other.tenantId}/devices`, {
      token: other.device.token,
    });
    expect((listed.body.devices as unknown[]).length).toBe(1);
  });

  it('hands the sync-primary lease to one device at a time, and to another when it lapses', async () => {
    const t = await tenantWithDevice(db(), server.url, 'Lease');
    const code = await createEnrolmentCode(db(), t.tenantId, 60_000);
    const two = await enrolOverHttp(server.url, code?.code ?? '', 'Desk two');
    const lease = (token: string, method = 'GET', body?: unknown) =>
      call(server.url, `/v1/t/${t.tenantId}/lease`, { method, token, ...(body ? { body } : {}) });

    expect((await lease(t.device.token)).body).toMatchObject({ holder: null, youHold: false });
    const first = await lease(t.device.token, 'PUT', { ttlMs: 700 });
    expect(first.body).toMatchObject({
      youHold: true,
      holder: { deviceId: t.device.deviceId, epoch: 1 },
    });
    const refused = await lease(two.token, 'PUT', { ttlMs: 700 });
    expect(refused.status).toBe(409);
    expect(refused.body.details).toMatchObject({
      youHold: false,
      holder: { deviceId: t.device.deviceId },
    });
    expect((await lease(two.token)).body).toMatchObject({
      youHold: false,
      holder: { deviceName: 'Lease desk' },
    });
    expect((await lease(t.device.token, 'PUT', { ttlMs: 700 })).body).toMatchObject({
      holder: { epoch: 1 },
    });

    await sleep(900);
    expect((await lease(two.token)).body).toMatchObject({ holder: null });
    const taken = await lease(two.token, 'PUT', { ttlMs: 60_000 });
    expect(taken.body).toMatchObject({
      youHold: true,
      holder: { deviceId: two.deviceId, epoch: 2 },
    });
    expect((await lease(t.device.token, 'PUT', {})).status).toBe(409);
    for (const ttlMs of [10, 10_000_000, 'soon'])
      expect((await lease(two.token, 'PUT', { ttlMs })).status).toBe(400);

    expect((await lease(two.token, 'DELETE')).body).toEqual({ status: 'ok' });
    expect((await lease(t.device.token, 'PUT', {})).body).toMatchObject({
      youHold: true,
      holder: { epoch: 3 },
    });
    await revoke(db(), t.device.deviceId);
    expect((await lease(two.token)).body).toMatchObject({ holder: null });
  });

  it('limits each device (429 with Retry-After) without touching the others, and enrolment per address', async () => {
    const limited = await startTestRelay(db(), {
      deviceRate: { capacity: 3, refillPerSecond: 0.5 },
      enrolRate: { capacity: 2, refillPerSecond: 0.1 },
    });
    try {
      const a = await tenantWithDevice(db(), limited.url, 'Busy');
      const b = await tenantWithDevice(db(), server.url, 'Calm');
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push(
          (await call(limited.url, `/v1/t/${a.tenantId}/me`, { token: a.device.token })).status,
        );
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await call(limited.url, `/v1/t/${a.tenantId}/me`, { token: a.device.token });
      expect(refused.body).toEqual({ status: 'error', reason: 'Too many requests; slow down.' });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(
        (await call(limited.url, `/v1/t/${b.tenantId}/me`, { token: b.device.token })).status,
      ).toBe(200);
      const enrol = () =>
        call(limited.url, '/v1/enrol', {
          method: 'POST',
          body: { code: 'AAAA-BBBB', deviceName: 'x' },
        });
      expect((await enrol()).status).toBe(403);
      expect((await enrol()).status).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('describes every route in OpenAPI, with the one error shape', async () => {
    const spec = (await call(server.url, '/openapi.json')).body as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    for (const path of [
      '/hooks/{tenantId}/{platform}',
      '/v1/enrol',
      '/v1/t/{tenantId}/feed',
      '/v1/t/{tenantId}/stream',
      '/v1/t/{tenantId}/lease',
      '/v1/t/{tenantId}/replication/{collection}/{schemaVersion}/push',
      '/health',
      '/ready',
    ]) {
      expect(spec.paths).toHaveProperty([path]);
    }
    expect(JSON.stringify(spec.paths['/v1/t/{tenantId}/feed']?.get?.responses['4XX'])).toContain(
      '"reason"',
    );
    expect((await call(server.url, '/ready')).body).toEqual({ status: 'ok', database: kind });
    const missing = await call(server.url, '/v1/nothing?token=secret');
    expect(missing.body).toEqual({ status: 'error', reason: 'No route GET /v1/nothing.' });
  });
});
