import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './body';
import type { SimRequest, SimResponse } from './http-types';

export interface HttpServerOptions {
  /** Port on 127.0.0.1 (0 = any free port). The simulators never listen on other interfaces. */
  readonly port: number;
  readonly bodyLimit: number;
  readonly handle: (req: SimRequest) => Promise<SimResponse>;
  readonly onError: (error: unknown) => void;
}

export interface RunningHttpServer {
  readonly url: string;
  readonly port: number;
  /** Aborted when the server closes: pending sleeps and timers listen to it. */
  readonly signal: AbortSignal;
  close(): Promise<void>;
}

/** Decodes path segments; null when a segment is not valid percent-encoding. */
export function decodeSegments(pathname: string): string[] | null {
  const out: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw.length === 0) continue;
    try {
      out.push(decodeURIComponent(raw));
    } catch {
      return null;
    }
  }
  return out;
}

function toSimRequest(req: IncomingMessage, bodyLimit: number): SimRequest | null {
  const url = new URL(req.url ?? '/', 'http://sim.invalid');
  const segments = decodeSegments(url.pathname);
  if (segments === null) return null;
  let cached: Promise<Buffer> | undefined;
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    pathname: url.pathname,
    segments,
    query: url.searchParams,
    headers: req.headers,
    remoteAddress: req.socket.remoteAddress ?? '',
    body: () => (cached ??= readBody(req, bodyLimit)),
  };
}

function send(res: ServerResponse, response: SimResponse): void {
  if (res.writableEnded || res.destroyed) return;
  let payload: Buffer | undefined;
  let contentType = response.contentType;
  if (typeof response.body === 'string') {
    payload = Buffer.from(response.body, 'utf8');
    contentType ??= 'text/plain; charset=utf-8';
  } else if (response.body !== undefined) {
    payload = Buffer.from(JSON.stringify(response.body), 'utf8');
    contentType ??= 'application/json; charset=utf-8';
  }
  const headers: Record<string, string | number> = { ...response.headers };
  if (contentType !== undefined && payload !== undefined) headers['content-type'] = contentType;
  headers['content-length'] = payload?.length ?? 0;
  res.writeHead(response.status, headers);
  res.end(payload);
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const controller = new AbortController();
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, (req, res) => {
    const simReq = toSimRequest(req, options.bodyLimit);
    if (simReq === null) {
      send(res, { status: 400, body: 'Malformed percent-encoding in the request path.' });
      return;
    }
    options.handle(simReq).then(
      (response) => {
        send(res, response);
      },
      (error: unknown) => {
        options.onError(error);
        send(res, { status: 500, body: 'Simulator failure (see its log).' });
      },
    );
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    signal: controller.signal,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        controller.abort();
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      })),
  };
}
