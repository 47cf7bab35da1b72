import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeedEvent } from '../../shared/relay/feed';
import { runToEnd, startRelayProcess } from '../testing/relay-process';
import { printResult } from './admin-output';
import { standardWebhookHeaders } from '../testing/sign-hooks';
import { call, enrolOverHttp } from '../testing/test-relay';

interface Created {
  tenantId: string;
  enrolment: { code: string; expiresAt: string };
  name: string;
  endpoints: {
    platform: string;
    scheme: string;
    url: string;
    secret: string | null;
    todo: string | null;
  }[];
}

/** The npm scripts end to end on an embedded PGlite folder, and a SIGKILL in the middle of ingest. */
describe('relay CLIs on a PGlite data folder', () => {
  let dir = '';
  let created: Created;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'couvert-relay-cli-'));
    const res = await runToEnd('admin', [
      'create-tenant',
      'Chez CLI',
      '--data',
      dir,
      '--public-url',
      'https://relay.example.com',
      '--json',
    ]);
    expect(res.stderr).toBe('');
    created = JSON.parse(res.stdout) as Created;
  }, 90_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('create-tenant printed the tenant, a webhook URL per platform and a one-time code', async () => {
    expect(created.tenantId).toMatch(/^t_[a-z2-7]{20}$/);
    expect(created.enrolment.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const byPlatform = Object.fromEntries(created.endpoints.map((e) => [e.platform, e]));
    expect(byPlatform.thefork?.url).toMatch(
      new RegExp(`^https://relay.example.com/hooks/${created.tenantId}/thefork\\?token=.{20,}`),
    );
    expect(byPlatform.zenchef?.secret).toMatch(/^whsec_/);
    expect(byPlatform.formitable?.secret).toMatch(/^whsec_/);
    expect(byPlatform.square?.todo).toMatch(/set-secret/);
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => lines.push(line));
    printResult('create-tenant', created, false);
    log.mockRestore();
    expect(lines[0]).toBe('Tenant "Chez CLI" created.');
    expect(lines).toContain(`Tenant id: ${created.tenantId}`);
    expect(lines.at(-1)).toMatch(/^Enrolment code \(one use, expires .+\): [0-9A-Z-]{19}$/);
    // Refused before the database is even opened.
    const bad = await runToEnd('admin', [
      'revoke-device',
      "d_'; DROP TABLE devices; --",
      '--data',
      dir,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      `relay:admin: "d_'; DROP TABLE devices; --" is not a valid device id.\n`,
    );
  }, 60_000);

  it('serves, refuses a second process on the folder, loses no acknowledged webhook to SIGKILL, stops gracefully', async () => {
    const first = await startRelayProcess(['--data', dir]);
    expect(first.output()).toContain(
      `Couvert relay listening on http://127.0.0.1:${first.port}/\n`,
    );
    const busy = await runToEnd('admin', ['list-tenants', '--data', dir]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/in use by process \d+/);

    const device = await enrolOverHttp(first.url, created.enrolment.code, 'Kill test desk');
    const secret = created.endpoints.find((e) => e.platform === 'zenchef')?.secret ?? '';
    const acked: string[] = [];
    let sent = 0;
    let stop = false;
    const sender = async () => {
      while (!stop && sent < 5000) {
        const id = `kill_${++sent}`;
        const body = JSON.stringify({ type: 'booking.created', data: { id } });
        try {
          const res = await fetch(`${first.url}/hooks/${created.tenantId}/zenchef`, {
            method: 'POST',
            headers: standardWebhookHeaders(secret, body, { id }),
            body,
          });
          if (res.status === 200) acked.push(id);
        } catch {
          return; // connection cut by the kill
        }
      }
    };
    const senders = Array.from({ length: 8 }, () => sender());
    while (acked.length < 150) await new Promise((r) => setTimeout(r, 5));
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(senders);
    expect(await first.exited).toBe('SIGKILL');

    const second = await startRelayProcess(['--data', dir]);
    const keys = new Set<string>();
    let after = 0;
    for (;;) {
      const page = await call(
        second.url,
        `/v1/t/${created.tenantId}/feed?after=${after}&limit=1000`,
        { token: device.token },
      );
      const events = page.body.events as FeedEvent[];
      for (const e of events) keys.add(e.eventKey);
      after = (page.body.checkpoint as { seq: number }).seq;
      if (!page.body.hasMore) break;
    }
    const lost = acked.filter((id) => !keys.has(`id:${id}`));
    expect(lost).toEqual([]);
    expect(keys.size).toBeGreaterThanOrEqual(acked.length);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(existsSync(path.join(dir, 'relay.lock'))).toBe(false);
  }, 120_000);
});
