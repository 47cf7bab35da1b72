import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningHttpServer } from './http-server';

let server: RunningHttpServer;
const errors: unknown[] = [];
beforeAll(async () => {
  server = await startHttpServer({
    port: 0,
    bodyLimit: 1024,
    onError: (e) => errors.push(e),
    handle: async (req) => {
      if (req.segments[0] === 'boom') throw new Error('handler failure');
      const body = await req.body().catch((e: unknown) => (e instanceof Error ? e.name : 'error'));
      return {
        status: 200,
        body: { segments: req.segments, size: typeof body === 'string' ? body : body.length },
      };
    },
  });
});
afterAll(async () => {
  await server.close();
});

function rawGet(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('simulator HTTP server', () => {
  it('binds to 127.0.0.1 and decodes path segments', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${server.url}/a/b%20c/%E2%82%AC`);
    expect(await res.json()).toEqual({ segments: ['a', 'b c', '€'], size: 0 });
  });

  it('answers 400 for broken percent-encoding and 500 when a handler throws', async () => {
    expect(await rawGet('/a/%E0%A4%A')).toBe(400);
    expect((await fetch(`${server.url}/boom`)).status).toBe(500);
    expect(errors).toHaveLength(1);
  });

  it('stops buffering past the body limit', async () => {
    const res = await fetch(`${server.url}/upload`, { method: 'POST', body: 'x'.repeat(5000) });
    expect(await res.json()).toMatchObject({ size: 'BodyTooLargeError' });
  });
});
