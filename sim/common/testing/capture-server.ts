import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedRequest {
  readonly method: string;
  /** Path and query as received. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface CaptureResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
}

export interface CaptureServer {
  readonly url: string;
  readonly received: CapturedRequest[];
  /** Decides each answer (default 200); receives the 0-based index of the request. */
  respond: (request: CapturedRequest, index: number) => CaptureResponse;
  waitFor(count: number, timeoutMs?: number): Promise<CapturedRequest[]>;
  close(): Promise<void>;
}

/** A stand-in relay ingress for tests: records every request it receives on 127.0.0.1. */
export async function startCaptureServer(): Promise<CaptureServer> {
  const received: CapturedRequest[] = [];
  let waiters: (() => boolean)[] = [];
  const capture: CaptureServer = {
    url: '',
    received,
    respond: () => ({ status: 200 }),
    waitFor: (count, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const check = (): boolean => {
          if (received.length < count) return false;
          clearTimeout(timer);
          resolve(received.slice(0, count));
          return true;
        };
        const timer = setTimeout(() => {
          reject(
            new Error(
              `Expected ${count} webhook(s), got ${received.length} within ${timeoutMs} ms`,
            ),
          );
        }, timeoutMs);
        if (!check()) waiters.push(check);
      }),
    close: () => Promise.resolve(),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: CapturedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      const answer = capture.respond(request, received.length - 1);
      res.writeHead(answer.status, answer.headers);
      res.end();
      waiters = waiters.filter((waiter) => !waiter());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(capture, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  });
}
