import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly at: number;
}

export interface ScriptedAnswer {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  readonly body?: unknown;
  /** Wait before answering (slow platforms). */
  readonly delayMs?: number;
  /** Close the connection without answering. */
  readonly hangUp?: boolean;
}

export interface ScriptedServer {
  readonly url: string;
  readonly requests: ScriptedRequest[];
  handle: (request: ScriptedRequest, index: number) => ScriptedAnswer;
  close(): Promise<void>;
}

/**
 * A tiny HTTP server on 127.0.0.1 whose answers a test scripts: garbage, wrong shapes, slow or
 * broken answers, the things a faithful simulator does not do on purpose.
 */
export async function startScriptedServer(
  handle: ScriptedServer['handle'] = () => ({ status: 200, body: {} }),
): Promise<ScriptedServer> {
  const requests: ScriptedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const scripted: ScriptedServer = { url: '', requests, handle, close: async () => undefined };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: ScriptedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      requests.push(request);
      const answer = scripted.handle(request, requests.length - 1);
      const send = (): void => {
        if (answer.hangUp) {
          req.socket.destroy();
          return;
        }
        const text =
          typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? null);
        res.writeHead(answer.status ?? 200, {
          'content-type':
            typeof answer.body === 'string' ? 'text/plain' : 'application/json; charset=utf-8',
          ...answer.headers,
        });
        res.end(text);
      };
      if (answer.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          send();
        }, answer.delayMs);
        timers.add(timer);
      } else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(scripted, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
