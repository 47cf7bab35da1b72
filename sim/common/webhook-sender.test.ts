import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { FaultState } from './faults';
import { WebhookSender } from './webhook-sender';

let servers: Server[] = [];
let controllers: AbortController[] = [];
afterEach(async () => {
  for (const c of controllers) c.abort();
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          s.close(() => {
            resolve();
          });
          s.closeAllConnections();
        }),
    ),
  );
  servers = [];
  controllers = [];
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

function sender(url: string, retryDelaysMs: number[], timeoutMs = 1000): WebhookSender {
  const controller = new AbortController();
  controllers.push(controller);
  return new WebhookSender({
    target: () => url,
    retryDelaysMs,
    timeoutMs,
    faults: new FaultState(),
    stopOnGone: false,
    signal: controller.signal,
  });
}

const message = { id: 'm1', eventType: 'x', body: '{}', headersFor: () => ({}) };

describe('webhook delivery', () => {
  it('honours Retry-After on 429 before the next attempt', async () => {
    const times: number[] = [];
    const url = await listen((_req, res) => {
      times.push(Date.now());
      res.writeHead(
        times.length === 1 ? 429 : 200,
        times.length === 1 ? { 'retry-after': '1' } : {},
      );
      res.end();
    });
    const s = sender(url, [10]);
    const record = s.send(message);
    expect(await s.drain(5000)).toBe(true);
    expect(record.state).toBe('delivered');
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('counts a receiver that never answers as a failed attempt (timeout)', async () => {
    const url = await listen(() => {
      // never answers
    });
    const s = sender(url, [], 150);
    const record = s.send(message);
    expect(await s.drain(3000)).toBe(true);
    expect(record.state).toBe('failed');
    expect(record.attempts[0]?.error).toBeDefined();
  });

  it('treats redirects as failures and does not follow them', async () => {
    const url = await listen((_req, res) => {
      res.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' });
      res.end();
    });
    const s = sender(url, []);
    const record = s.send(message);
    await s.drain(3000);
    expect(record).toMatchObject({ state: 'failed', attempts: [{ status: 302 }] });
  });
});
