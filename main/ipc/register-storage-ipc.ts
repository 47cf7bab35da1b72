import { STORAGE_CHANNEL } from '../../shared/contract/storage-messages';
import type { StorageClient } from '../storage-bridge/storage-hub';
import type { InvokeEventLike, Logger } from '../ports';

/** The part of an `ipcMain.on` event the storage channel relies on. */
export interface StorageIpcEvent extends InvokeEventLike {
  sender: {
    id: number;
    send: (channel: string, message: unknown) => void;
    once: (event: 'destroyed', listener: () => void) => unknown;
  };
}

export interface IpcEventRegistrar {
  on: (channel: string, listener: (event: StorageIpcEvent, message: unknown) => void) => unknown;
  removeAllListeners: (channel: string) => unknown;
}

/**
 * The renderer's storage messages arrive on one channel. Each window gets its own hub client,
 * released when the window is destroyed; messages from any other frame are dropped.
 */
export function registerStorageIpc(deps: {
  ipc: IpcEventRegistrar;
  connect: (send: (message: unknown) => void) => StorageClient;
  isTrustedSender: (event: InvokeEventLike) => boolean;
  log: Logger;
}): () => void {
  const clients = new Map<number, StorageClient>();
  deps.ipc.on(STORAGE_CHANNEL, (event, message) => {
    if (!deps.isTrustedSender(event)) {
      deps.log.warn('refused a storage message from an untrusted frame', {
        url: event.senderFrame?.url.slice(0, 200) ?? null,
      });
      return;
    }
    const { sender } = event;
    let client = clients.get(sender.id);
    if (!client) {
      const created = deps.connect((answer) => sender.send(STORAGE_CHANNEL, answer));
      clients.set(sender.id, created);
      sender.once('destroyed', () => {
        created.close();
        clients.delete(sender.id);
      });
      client = created;
    }
    client.receive(message);
  });
  return () => {
    deps.ipc.removeAllListeners(STORAGE_CHANNEL);
    for (const client of clients.values()) client.close();
    clients.clear();
  };
}
