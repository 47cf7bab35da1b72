import {
  BRIDGE_PATH,
  BRIDGE_PROTOCOL,
  ServerFrame,
  TOKEN_PROTOCOL_PREFIX,
} from '../../../shared/contract/ws-frames';
import type { Channel, Envelope, StoragePort } from '../../../shared/contract/bridge';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

interface Pending {
  resolve: (envelope: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
}

const REQUEST_TIMEOUT_MS = 15_000;
const unavailable = (message: string): Envelope<never> => ({
  ok: false,
  error: { code: 'unavailable', message },
});

/**
 * Browser-mode transport: the contract's commands over a WebSocket to the desk's host, with
 * reconnection. A call made while disconnected waits for the connection (up to 15 s) and then
 * fails with a sentence the person can act on; nothing hangs forever.
 */
export function createWsTransport(options: {
  baseUrl: string;
  token: string;
  onState: (state: ConnectionState) => void;
  /**
   * The desk's side of a storage connection lives as long as one WebSocket: after a reconnection
   * the page's database must be opened again (the app reloads itself).
   */
  onReconnected?: () => void;
  WebSocketImpl?: typeof WebSocket;
}) {
  const Impl = options.WebSocketImpl ?? WebSocket;
  const url = new URL(BRIDGE_PATH, options.baseUrl.replace(/^http/, 'ws')).href;
  const pending = new Map<number, Pending>();
  const queue: string[] = [];
  let socket: WebSocket | null = null;
  let nextId = 1;
  let retryMs = 250;
  let closed = false;
  let everConnected = false;
  const storageListeners = new Set<(message: unknown) => void>();

  const connect = () => {
    options.onState('connecting');
    const ws = new Impl(url, [BRIDGE_PROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${options.token}`]);
    socket = ws;
    ws.onopen = () => {
      retryMs = 250;
      options.onState('connected');
      if (everConnected) options.onReconnected?.();
      everConnected = true;
      for (const text of queue.splice(0)) ws.send(text);
    };
    ws.onmessage = (event: MessageEvent) => {
      let frame;
      try {
        frame = ServerFrame.safeParse(JSON.parse(String(event.data)));
      } catch {
        return;
      }
      if (!frame.success) return;
      if (frame.data.kind === 'storage') {
        for (const listener of storageListeners) listener(frame.data.message);
        return;
      }
      if (frame.data.kind !== 'result') return;
      const entry = pending.get(frame.data.id);
      if (!entry) return;
      pending.delete(frame.data.id);
      clearTimeout(entry.timer);
      entry.resolve(frame.data.envelope);
    };
    ws.onclose = () => {
      socket = null;
      options.onState('disconnected');
      for (const [id, entry] of pending) {
        clearTimeout(entry.timer);
        entry.resolve(
          unavailable(
            'The connection to the desk was lost before it answered. Try again in a moment.',
          ),
        );
        pending.delete(id);
      }
      if (!closed) {
        setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, 5_000);
      }
    };
  };

  connect();

  return {
    send: (channel: Channel, request: unknown): Promise<unknown> =>
      new Promise((resolve) => {
        const id = nextId++;
        const text = JSON.stringify({ kind: 'command', id, channel, request });
        const timer = setTimeout(() => {
          pending.delete(id);
          resolve(
            unavailable('The desk did not answer in time. Check that Couvert is still running.'),
          );
        }, REQUEST_TIMEOUT_MS);
        pending.set(id, { resolve, timer });
        if (socket && socket.readyState === Impl.OPEN) socket.send(text);
        else queue.push(text);
      }),
    storage: {
      post: (message: unknown) => {
        const text = JSON.stringify({ kind: 'storage', message });
        if (socket && socket.readyState === Impl.OPEN) socket.send(text);
        else queue.push(text);
      },
      subscribe: (listener: (message: unknown) => void) => {
        storageListeners.add(listener);
        return () => storageListeners.delete(listener);
      },
    } satisfies StoragePort,
    close: () => {
      closed = true;
      socket?.close();
    },
  };
}
