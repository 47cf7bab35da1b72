import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWsTransport, type ConnectionState } from './ws-transport';

/** A scripted WebSocket: the test plays the desk's side. */
class FakeSocket {
  static readonly OPEN = 1;
  static instances: FakeSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {
    FakeSocket.instances.push(this);
  }
  send(text: string) {
    this.sent.push(text);
  }
  close() {
    this.readyState = 3;
    this.onclose?.();
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  reply(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
}

beforeEach(() => {
  FakeSocket.instances = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function setup() {
  const states: ConnectionState[] = [];
  const transport = createWsTransport({
    baseUrl: 'http://127.0.0.1:4000',
    token: 'tok',
    onState: (s) => states.push(s),
    WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
  });
  const socket = () => {
    const s = FakeSocket.instances.at(-1);
    if (!s) throw new Error('no socket');
    return s;
  };
  return { transport, states, socket };
}

describe('browser-mode transport', () => {
  it('connects to /bridge with the protocol and the token', () => {
    const { socket } = setup();
    expect(socket().url).toBe('ws://127.0.0.1:4000/bridge');
    expect(socket().protocols).toEqual(['couvert.v1', 'couvert-token.tok']);
  });

  it('queues calls made before the connection opens and resolves them with their answer', async () => {
    const { transport, socket, states } = setup();
    const answer = transport.send('desk:status', {});
    expect(socket().sent).toEqual([]);
    socket().open();
    const frame = JSON.parse(socket().sent[0] ?? '') as { id: number; channel: string };
    expect(frame).toMatchObject({ kind: 'command', channel: 'desk:status', request: {} });
    socket().reply({ kind: 'result', id: frame.id + 1000, envelope: 'not mine' });
    socket().reply({ kind: 'result', id: frame.id, envelope: { ok: true, value: 1 } });
    expect(await answer).toEqual({ ok: true, value: 1 });
    expect(states).toEqual(['connecting', 'connected']);
  });

  it('fails pending calls with a clear sentence when the connection drops, then reconnects', async () => {
    const { transport, socket, states } = setup();
    socket().open();
    const answer = transport.send('app:info', {});
    const first = socket();
    first.close();
    expect(await answer).toMatchObject({
      ok: false,
      error: {
        code: 'unavailable',
        message: expect.stringContaining('connection to the desk was lost') as unknown,
      },
    });
    expect(states.at(-1)).toBe('disconnected');
    vi.advanceTimersByTime(300);
    expect(FakeSocket.instances.length).toBe(2);
    socket().open();
    expect(states.at(-1)).toBe('connected');
  });

  it('gives up on a call after 15 s instead of hanging', async () => {
    const { transport, socket } = setup();
    socket().open();
    const answer = transport.send('app:info', {});
    vi.advanceTimersByTime(15_001);
    expect(await answer).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('ignores garbage from the socket', () => {
    const { socket } = setup();
    socket().open();
    expect(() => socket().onmessage?.({ data: '{{{' })).not.toThrow();
    expect(() => socket().reply({ kind: 'weird' })).not.toThrow();
  });
});

describe('browser-mode transport: storage port', () => {
  it('sends storage messages as frames and hands storage frames to subscribers only', () => {
    const { transport, socket } = setup();
    const seen: unknown[] = [];
    const stop = transport.storage.subscribe((m) => seen.push(m));
    transport.storage.post({ requestId: 'r1' });
    socket().open();
    expect(JSON.parse(socket().sent[0] ?? '')).toEqual({
      kind: 'storage',
      message: { requestId: 'r1' },
    });
    socket().reply({ kind: 'storage', message: { answerTo: 'r1' } });
    socket().reply({ kind: 'result', id: 99, envelope: {} });
    stop();
    socket().reply({ kind: 'storage', message: { answerTo: 'r2' } });
    expect(seen).toEqual([{ answerTo: 'r1' }]);
  });

  it('tells the app when the connection comes back, so it can reopen its database', () => {
    const onReconnected = vi.fn();
    FakeSocket.instances = [];
    createWsTransport({
      baseUrl: 'http://127.0.0.1:4000',
      token: 't',
      onState: () => undefined,
      onReconnected,
      WebSocketImpl: FakeSocket as unknown as typeof WebSocket,
    });
    FakeSocket.instances[0]?.open();
    expect(onReconnected).not.toHaveBeenCalled();
    FakeSocket.instances[0]?.close();
    vi.advanceTimersByTime(300);
    FakeSocket.instances[1]?.open();
    expect(onReconnected).toHaveBeenCalledTimes(1);
  });
});
