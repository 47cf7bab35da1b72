import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pgServerUnavailableReason } from '../../relay/testing/pg-server';
import {
  startTestRelay,
  tenantWithDevice,
  useTestDb,
  type TestRelay,
} from '../../relay/testing/test-relay';
import { createEnrolmentCode } from '../../relay/tenants/tenant-store';
import { createKeyFileSecretBox } from '../secret-box/key-file-secret-box';
import { enrolDesk, openConnection } from './enrol';
import { createLeaseClient, keepLease } from './lease-client';
import { createRelayHttp, readAnswer, RelayError } from './relay-http';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });

describe('reading relay answers', () => {
  const schema = z.object({ ok: z.boolean() });

  it('returns contract-checked bodies and turns the error shape into a RelayError', async () => {
    expect(await readAnswer(json(200, { ok: true }), schema)).toEqual({ ok: true });
    const error = await readAnswer(
      json(429, { status: 'error', reason: 'slow down' }, { 'retry-after': '7' }),
      schema,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RelayError);
    expect(error).toMatchObject({ status: 429, reason: 'slow down', retryAfterSeconds: 7 });
  });

  it('refuses answers that are not JSON or do not match the contract', async () => {
    await expect(readAnswer(json(200, '<html>proxy error</html>'), schema)).rejects.toThrow(
      /not JSON/,
    );
    await expect(readAnswer(json(200, { ok: 'yes' }), schema)).rejects.toThrow(
      /does not match the contract/,
    );
    await expect(readAnswer(json(502, 'Bad Gateway'), schema)).rejects.toMatchObject({
      status: 502,
    });
  });
});

const kind = pgServerUnavailableReason() ? 'pglite' : 'postgres';
describe(`enrolment and lease from the desk (${kind})`, () => {
  const { db } = useTestDb(kind);
  let server: TestRelay;
  let dir = '';
  beforeAll(async () => {
    server = await startTestRelay(db());
    dir = await mkdtemp(path.join(tmpdir(), 'couvert-relay-client-'));
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('enrols with a code, keeps only the sealed token, and opens it to talk to the relay', async () => {
    const t = await tenantWithDevice(db(), server.url, 'Desk');
    const code = await createEnrolmentCode(db(), t.tenantId, 60_000);
    const secretBox = await createKeyFileSecretBox(dir);
    const desk = await enrolDesk({
      baseUrl: `${server.url}/`,
      code: code?.code ?? '',
      deviceName: 'Front desk',
      secretBox,
    });
    expect(desk).toMatchObject({ baseUrl: server.url, tenantId: t.tenantId });
    expect(desk.sealedToken).not.toMatch(/cvt_/);
    const http = createRelayHttp(await openConnection(desk, secretBox));
    const me = await http.get('/me', z.object({ deviceId: z.string(), deviceName: z.string() }));
    expect(me).toEqual(
      expect.objectContaining({ deviceId: desk.deviceId, deviceName: 'Front desk' }),
    );
    await expect(
      enrolDesk({ baseUrl: server.url, code: code?.code ?? '', deviceName: 'Again', secretBox }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('keeps the lease while alive, and another desk takes it over once it stops', async () => {
    const t = await tenantWithDevice(db(), server.url, 'Leases');
    const code = await createEnrolmentCode(db(), t.tenantId, 60_000);
    const secretBox = await createKeyFileSecretBox(dir);
    const other = await enrolDesk({
      baseUrl: server.url,
      code: code?.code ?? '',
      deviceName: 'Bar',
      secretBox,
    });
    const mine = createLeaseClient(
      createRelayHttp({ baseUrl: server.url, tenantId: t.tenantId, token: t.device.token }),
    );
    const theirs = createLeaseClient(createRelayHttp(await openConnection(other, secretBox)));
    const seen: string[] = [];
    const keeper = keepLease(mine, {
      ttlMs: 600,
      onChange: (s) => seen.push(`${s.holder?.deviceName ?? 'none'}:${String(s.youHold)}`),
    });
    await new Promise((r) => setTimeout(r, 900));
    expect((await theirs.acquire(600)).youHold).toBe(false);
    await keeper.stop();
    const taken = await theirs.acquire(600);
    expect(taken).toMatchObject({ youHold: true, holder: { deviceName: 'Bar', epoch: 2 } });
    expect(seen).toEqual(['Leases desk:true']);
  });
});
