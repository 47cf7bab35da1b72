import { connect, type Socket } from 'node:net';

export interface PreparedRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** The bytes of one HTTP/1.1 POST, serialized once so that sending costs the client nothing. */
export function serializeRequest(host: string, req: PreparedRequest): Buffer {
  const body = Buffer.from(req.body);
  const head = [
    `POST ${req.path} HTTP/1.1`,
    `host: ${host}`,
    'connection: keep-alive',
    ...Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`),
    `content-length: ${body.length}`,
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(head), body]);
}

/**
 * A keep-alive connection sending one request at a time and reading just enough of each answer
 * (status line, content-length) to know where it ends: a load generator that leaves the CPU to
 * the server under test, as wrk or autocannon do.
 */
export function openConnection(
  port: number,
): Promise<{ send(request: Buffer): Promise<number>; close(): void }> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect({ host: '127.0.0.1', port, noDelay: true });
    let buffer: Buffer = Buffer.alloc(0);
    let waiting: ((status: number) => void) | null = null;
    let failed: ((error: Error) => void) | null = null;
    const tryComplete = () => {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0 || !waiting) return;
      const head = buffer.subarray(0, end).toString('latin1');
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
      if (buffer.length < end + 4 + length) return;
      buffer = buffer.subarray(end + 4 + length);
      const status = Number(head.slice(9, 12));
      const done = waiting;
      waiting = null;
      done(status);
    };
    socket.on('data', (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      tryComplete();
    });
    socket.on('error', (error) => {
      failed?.(error);
      reject(error);
    });
    socket.once('connect', () =>
      resolve({
        send: (request) =>
          new Promise<number>((ok, ko) => {
            waiting = ok;
            failed = ko;
            socket.write(request);
          }),
        close: () => socket.destroy(),
      }),
    );
  });
}

/** Sends every request once over `connections` keep-alive sockets; returns elapsed ms and statuses. */
export async function blast(
  baseUrl: string,
  requests: readonly Buffer[],
  connections: number,
): Promise<{ ms: number; statuses: Map<number, number> }> {
  const port = Number(new URL(baseUrl).port);
  const sockets = await Promise.all(
    Array.from({ length: connections }, () => openConnection(port)),
  );
  const statuses = new Map<number, number>();
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    sockets.map(async (s) => {
      while (next < requests.length) {
        const req = requests[next++];
        if (!req) break;
        const status = await s.send(req);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const ms = performance.now() - t0;
  for (const s of sockets) s.close();
  return { ms, statuses };
}

/** Runs `work(i)` for i in [0, count) with at most `concurrency` in flight; returns elapsed ms. */
export async function runConcurrently(
  count: number,
  concurrency: number,
  work: (i: number) => Promise<void>,
): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await work(next++);
    }),
  );
  return performance.now() - t0;
}
