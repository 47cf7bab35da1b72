import { describe, expect, it, vi } from 'vitest';
import { STORAGE_CHANNEL } from '../../shared/contract/storage-messages';
import { createLogger } from '../desk/logger';
import { isTrustedSender } from '../security/trusted-origin';
import type { StorageClient } from '../storage-bridge/storage-hub';
import {
  registerStorageIpc,
  type IpcEventRegistrar,
  type StorageIpcEvent,
} from './register-storage-ipc';

function setup() {
  let listener: ((event: StorageIpcEvent, message: unknown) => void) | null = null;
  const ipc: IpcEventRegistrar = {
    on: (channel, l) => {
      expect(channel).toBe(STORAGE_CHANNEL);
      listener = l;
    },
    removeAllListeners: () => (listener = null),
  };
  const clients: { received: unknown[]; closed: boolean; send: (m: unknown) => void }[] = [];
  const connect = (send: (m: unknown) => void): StorageClient => {
    const client = { received: [] as unknown[], closed: false, send };
    clients.push(client);
    return { receive: (m) => client.received.push(m), close: () => (client.closed = true) };
  };
  const unregister = registerStorageIpc({
    ipc,
    connect,
    isTrustedSender,
    log: createLogger({ level: 'error', write: () => undefined }),
  });
  const windows = new Map<number, { sent: unknown[]; destroy: () => void }>();
  const event = (id: number, url: string | null, parent: unknown = null): StorageIpcEvent => {
    let onDestroyed: () => void = () => undefined;
    const win = windows.get(id) ?? { sent: [], destroy: () => onDestroyed() };
    windows.set(id, win);
    return {
      senderFrame: url === null ? null : { url, parent },
      sender: {
        id,
        send: vi.fn((_channel: string, message: unknown) => win.sent.push(message)),
        once: (_e, l) => {
          onDestroyed = l;
          win.destroy = l;
        },
      },
    };
  };
  const fire = (e: StorageIpcEvent, message: unknown) => listener?.(e, message);
  return { clients, windows, event, fire, unregister };
}

describe('storage IPC channel', () => {
  it('gives each window its own hub client and answers that window only', () => {
    const { clients, windows, event, fire } = setup();
    fire(event(1, 'app://couvert/'), { m: 'a1' });
    fire(event(2, 'app://couvert/'), { m: 'b1' });
    fire(event(1, 'app://couvert/'), { m: 'a2' });
    expect(clients).toHaveLength(2);
    expect(clients[0]?.received).toEqual([{ m: 'a1' }, { m: 'a2' }]);
    expect(clients[1]?.received).toEqual([{ m: 'b1' }]);
    clients[1]?.send({ answer: 'for b' });
    expect(windows.get(2)?.sent).toEqual([{ answer: 'for b' }]);
    expect(windows.get(1)?.sent).toEqual([]);
  });

  it.each([
    ['no frame', null, null],
    ['a remote page', 'https://evil.example/', null],
    ['an embedded frame', 'app://couvert/', {}],
  ])('drops messages from %s without opening anything', (_label, url, parent) => {
    const { clients, event, fire } = setup();
    fire(event(9, url, parent), { requestId: 'r', method: 'create' });
    expect(clients).toHaveLength(0);
  });

  it("releases the window's storage when the window is destroyed, and on unregister", () => {
    const { clients, windows, event, fire, unregister } = setup();
    fire(event(1, 'app://couvert/'), {});
    fire(event(2, 'app://couvert/'), {});
    windows.get(1)?.destroy();
    expect(clients[0]?.closed).toBe(true);
    expect(clients[1]?.closed).toBe(false);
    unregister();
    expect(clients[1]?.closed).toBe(true);
  });
});
