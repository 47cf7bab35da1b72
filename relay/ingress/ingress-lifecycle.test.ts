import { describe, expect, it } from 'vitest';
import { createLogger } from '../http/logger';
import { openConnection, serializeRequest } from '../testing/load';
import { standardWebhookHeaders } from '../testing/sign-hooks';
import { call, startTestRelay, tenantWithDevice, useTestDb } from '../testing/test-relay';

describe('relay lifecycle and logs (PGlite)', () => {
  const { db } = useTestDb('pglite');

  it('logs one JSON line per request with the route pattern, never a secret from the URL or headers', async () => {
    const lines: string[] = [];
    const server = await startTestRelay(
      db(),
      {},
      createLogger({ level: 'debug', write: (l) => lines.push(l) }),
    );
    try {
      const t = await tenantWithDevice(db(), server.url, 'Logs');
      const token = new URL(t.secretOf('thefork').url).searchParams.get('token') ?? '';
      await call(server.url, `/hooks/${t.tenantId}/thefork?token=${encodeURIComponent(token)}`, {
        method: 'POST',
        body: '{"eventType":"x"}',
      });
      await call(server.url, `/hooks/${t.tenantId}/thefork?token=wrong-${token}`, {
        method: 'POST',
        body: '{}',
      });
      await call(server.url, `/v1/t/${t.tenantId}/me`, { token: t.device.token });
      const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(records.filter((r) => r.message === 'request').map((r) => r.route)).toEqual(
        expect.arrayContaining(['/hooks/:tenantId/:platform', '/v1/enrol', '/v1/t/:tenantId/me']),
      );
      expect(records.find((r) => r.message === 'webhook refused')).toMatchObject({
        level: 'warn',
        platform: 'thefork',
      });
      for (const secret of [token, t.device.token, t.enrolment.code])
        expect(lines.join('\n')).not.toContain(secret);
    } finally {
      await server.close();
    }
  });

  it('shuts down gracefully: deliveries in flight are committed and answered, new ones refused', async () => {
    const server = await startTestRelay(db());
    const t = await tenantWithDevice(db(), server.url, 'Drain');
    const secret = t.secretOf('zenchef').secret ?? '';
    const port = Number(new URL(server.url).port);
    const sockets = await Promise.all(Array.from({ length: 20 }, () => openConnection(port)));
    const request = (i: number, id = `drain_${i}`) => {
      const body = JSON.stringify({ type: 'x', i });
      return serializeRequest(`127.0.0.1:${port}`, {
        path: `/hooks/${t.tenantId}/zenchef`,
        body,
        headers: {
          'content-type': 'application/json',
          ...standardWebhookHeaders(secret, body, { id }),
        },
      });
    };
    expect(await sockets[0]?.send(request(-1, 'warm-up'))).toBe(200); // secrets now cached: no query before the writer
    // Hold the (single-connection) database so that the deliveries wait mid-commit.
    let release: () => void = () => undefined;
    const held = db().transaction(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    const answers = sockets.map((s, i) => s.send(request(i)));
    while (server.relay.writer.pending() < 20) await new Promise((r) => setTimeout(r, 5));
    const closing = server.close();
    await new Promise((r) => setTimeout(r, 50));
    await expect(openConnection(port)).rejects.toThrow();
    release();
    await held;
    await closing;
    expect(await Promise.all(answers)).toEqual(Array.from({ length: 20 }, () => 200));
    const stored = await db().query<{ n: number }>(
      "SELECT count(*)::int AS n FROM feed_events WHERE tenant_id = $1 AND event_key LIKE 'id:drain_%'",
      [t.tenantId],
    );
    expect(stored[0]?.n).toBe(20);
    for (const s of sockets) s.close();
  });
});
