import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  BRIDGE_PATH,
  BRIDGE_PROTOCOL,
  ClientFrame,
  MAX_FRAME_BYTES,
  type ServerFrame,
} from '../../shared/contract/ws-frames';
import type { Dispatch } from '../ipc/command-dispatcher';
import type { Logger } from '../ports';
import type { StorageClient } from '../storage-bridge/storage-hub';
import { isAllowedHost, isAllowedOrigin, tokenFromProtocols, tokensMatch } from './request-guards';

/**
 * The browser-mode twin of the preload: the same contract, carried over a WebSocket that only
 * the desk's own page can open (Host, Origin and per-run token checked at the upgrade).
 */
export function createBridgeServer(deps: {
  token: string;
  port: () => number;
  dispatch: Dispatch;
  connectStorage?: (send: (message: unknown) => void) => StorageClient;
  log: Logger;
}) {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_FRAME_BYTES,
    handleProtocols: (protocols) => (protocols.has(BRIDGE_PROTOCOL) ? BRIDGE_PROTOCOL : false),
  });

  wss.on('connection', (socket: WebSocket) => {
    const storage = deps.connectStorage?.((message) => {
      if (socket.readyState === socket.OPEN) {
        socket.send(JSON.stringify({ kind: 'storage', message } satisfies ServerFrame));
      }
    });
    socket.on('close', () => storage?.close());
    // Oversized or broken frames close this connection; they must never take the desk down.
    socket.on('error', (error) =>
      deps.log.warn('bridge connection error', { error: error.message }),
    );
    socket.on('message', (data, isBinary) => {
      void handleMessage(socket, isBinary ? null : rawToText(data), storage);
    });
  });

  async function handleMessage(
    socket: WebSocket,
    text: string | null,
    storage: StorageClient | undefined,
  ) {
    const send = (frame: ServerFrame) => socket.send(JSON.stringify(frame));
    if (text === null)
      return send({ kind: 'error', message: 'The bridge only accepts JSON text frames.' });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return send({
        kind: 'error',
        message: 'The bridge received a frame that is not valid JSON.',
      });
    }
    const frame = ClientFrame.safeParse(json);
    if (!frame.success)
      return send({
        kind: 'error',
        message: 'The bridge received a frame it does not understand.',
      });
    if (frame.data.kind === 'storage') {
      if (!storage) {
        return send({
          kind: 'error',
          message: 'This desk does not serve its store over the bridge.',
        });
      }
      storage.receive(frame.data.message);
      return;
    }
    const envelope = await deps.dispatch(frame.data.channel, frame.data.request);
    send({ kind: 'result', id: frame.data.id, envelope });
  }

  function refuse(socket: Duplex, status: number, reason: string) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\n\r\n${reason}`,
    );
    socket.destroy();
  }

  return {
    handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
      const port = deps.port();
      const path = (req.url ?? '').split('?')[0];
      if (path !== BRIDGE_PATH) return refuse(socket, 404, 'Not Found');
      if (!isAllowedHost(req.headers.host, port)) return refuse(socket, 421, 'Misdirected Request');
      if (!isAllowedOrigin(req.headers.origin, port)) {
        deps.log.warn('refused a bridge connection from another origin', {
          origin: req.headers.origin?.slice(0, 200) ?? null,
        });
        return refuse(socket, 403, 'Forbidden');
      }
      if (!tokensMatch(deps.token, tokenFromProtocols(req.headers['sec-websocket-protocol']))) {
        deps.log.warn('refused a bridge connection without the right token', {});
        return refuse(socket, 401, 'Unauthorized');
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}

function rawToText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data)
    ? data.toString('utf8')
    : Buffer.from(new Uint8Array(data)).toString('utf8');
}
