import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { createLogger } from '../desk/logger';
import { BRIDGE_PROTOCOL, TOKEN_PROTOCOL_PREFIX } from '../../shared/contract/ws-frames';
import { startBrowserHost, type BrowserHost } from './browser-host';

const TOKEN = 'a'.repeat(64);
let dir: string;
let host: BrowserHost;
const dispatched: unknown[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'couvert-host-'));
  await mkdir(path.join(dir, 'renderer'));
  await writeFile(
    path.join(dir, 'renderer', 'index.html'),
    '<html><head><title>x</title></head><body></body></html>',
  );
  await writeFile(path.join(dir, 'secret.txt'), 'TOP-SECRET-CONTENT');
  host = await startBrowserHost({
    port: 0,
    rendererDir: path.join(dir, 'renderer'),
    token: TOKEN,
    log: createLogger({ level: 'error', write: () => undefined }),
    dispatch: async (channel, request) => {
      dispatched.push([channel, request]);
      return { ok: true, value: 'pong' };
    },
  });
});
afterAll(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

function rawGet(pathname: string, hostHeader: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, path: pathname, headers: { host: hostHeader } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function connect(
  options: { token?: string | null; origin?: string | null; path?: string; host?: string } = {},
) {
  const protocols = [BRIDGE_PROTOCOL];
  if (options.token !== null) protocols.push(`${TOKEN_PROTOCOL_PREFIX}${options.token ?? TOKEN}`);
  const origin =
    options.origin === null ? undefined : (options.origin ?? `http://127.0.0.1:${host.port}`);
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}${options.path ?? '/bridge'}`, protocols, {
    ...(origin ? { origin } : {}),
    ...(options.host ? { headers: { host: options.host } } : {}),
  });
  return new Promise<{ ws: WebSocket } | { status: number }>((resolve) => {
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
    ws.once('error', () => resolve({ status: -1 }));
  });
}

function nextMessage(ws: WebSocket): Promise<unknown> {
  return new Promise((resolve) =>
    ws.once('message', (data: Buffer) => resolve(JSON.parse(data.toString()))),
  );
}

describe('browser host: static files', () => {
  it('listens on 127.0.0.1 and puts the token in index.html only', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetch(host.url);
    expect(index.headers.get('content-security-policy')).toContain(
      `connect-src 'self' ws://127.0.0.1:${host.port}`,
    );
    expect(index.headers.get('x-frame-options')).toBe('DENY');
    expect(await index.text()).toContain(`<meta name="couvert-bridge-token" content="${TOKEN}" />`);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00', '/.hidden'])(
    'refuses %s',
    async (p) => {
      const res = await rawGet(p, `127.0.0.1:${host.port}`);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.body).not.toContain('TOP-SECRET-CONTENT');
    },
  );

  it('refuses a foreign Host header (DNS rebinding) before reading anything', async () => {
    const res = await rawGet('/', `evil.example:${host.port}`);
    expect(res.status).toBe(421);
    expect(res.body).not.toContain(TOKEN);
  });

  it('refuses other methods', async () => {
    expect((await fetch(host.url, { method: 'POST' })).status).toBe(405);
  });
});

describe('browser host: WebSocket bridge', () => {
  it('carries commands to the dispatcher for the page with the token', async () => {
    const result = await connect();
    if (!('ws' in result)) throw new Error(`connection refused: ${result.status}`);
    const reply = nextMessage(result.ws);
    result.ws.send(JSON.stringify({ kind: 'command', id: 7, channel: 'desk:status', request: {} }));
    expect(await reply).toEqual({ kind: 'result', id: 7, envelope: { ok: true, value: 'pong' } });
    result.ws.close();
  });

  it.each([
    ['no token', { token: null }, 401],
    ['a wrong token', { token: 'b'.repeat(64) }, 401],
    ['a token prefix', { token: 'a'.repeat(63) }, 401],
    ['another origin', { origin: 'https://evil.example' }, 403],
    ['a null origin', { origin: 'null' }, 403],
    ['no origin', { origin: null }, 403],
    ['another path', { path: '/other' }, 404],
    ['a rebinding host', { host: `evil.example:0` }, 421],
  ] as const)('refuses %s', async (_label, options, status) => {
    const before = dispatched.length;
    expect(await connect(options)).toEqual({ status });
    expect(dispatched.length).toBe(before);
  });

  it('answers malformed frames clearly and keeps the connection', async () => {
    const result = await connect();
    if (!('ws' in result)) throw new Error('refused');
    const { ws } = result;
    for (const [frame, message] of [
      ['not json', 'not valid JSON'],
      [JSON.stringify({ kind: 'command', id: -1, channel: 'desk:status' }), 'does not understand'],
      [JSON.stringify({ kind: 'exec', cmd: 'rm -rf /' }), 'does not understand'],
      [
        JSON.stringify({ kind: 'command', id: 1, channel: 'x'.repeat(500), request: {} }),
        'does not understand',
      ],
    ] as const) {
      const reply = nextMessage(ws);
      ws.send(frame);
      expect(await reply).toMatchObject({
        kind: 'error',
        message: expect.stringContaining(message) as unknown,
      });
    }
    const binary = nextMessage(ws);
    ws.send(Buffer.from([1, 2, 3]));
    expect(await binary).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('JSON text') as unknown,
    });
    ws.close();
  });

  it('closes a connection that sends an oversized frame', async () => {
    const result = await connect();
    if (!('ws' in result)) throw new Error('refused');
    const closed = new Promise<number>((resolve) =>
      result.ws.once('close', (code) => resolve(code)),
    );
    result.ws.send('x'.repeat(2 * 1024 * 1024));
    expect(await closed).toBe(1009);
  });
});
