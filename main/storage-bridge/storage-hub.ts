import { Subject } from 'rxjs';
import type { RxStorage } from 'rxdb';
import {
  exposeRxStorageRemote,
  type MessageFromRemote,
  type MessageToRemote,
} from 'rxdb/plugins/storage-remote';
import { RXDB_VERSION } from 'rxdb/plugins/utils';
import { StorageRequest, type StorageAnswer } from '../../shared/contract/storage-messages';
import type { Logger } from '../ports';

export interface StorageClient {
  /** A raw message from this client (renderer window or browser tab); validated here. */
  receive: (raw: unknown) => void;
  /** The client went away: release what it opened. */
  close: () => void;
}

/**
 * Serves the desk's storage to renderers over any message transport (Electron IPC, WebSocket).
 * Each client only receives the answers and change events of the connections it opened, may only
 * open the databases listed in `allowedDatabases`, and every message is validated before RxDB
 * sees it. A malformed message is answered with an error, never thrown.
 */
export function createStorageHub(deps: {
  storage: RxStorage<unknown, unknown>;
  allowedDatabases: readonly string[];
  log: Logger;
}) {
  const toRemote = new Subject<MessageToRemote>();
  const ownerOf = new Map<string, (answer: StorageAnswer) => void>();

  exposeRxStorageRemote({
    storage: deps.storage,
    messages$: toRemote.asObservable(),
    send: (answer: MessageFromRemote) => ownerOf.get(answer.connectionId)?.(answer),
  });

  return {
    connect(send: (answer: StorageAnswer) => void): StorageClient {
      const mine = new Set<string>();
      let closed = false;
      const refuse = (raw: unknown, message: string) => {
        const r = raw as Partial<Record<'connectionId' | 'requestId' | 'method', unknown>> | null;
        deps.log.warn('refused a storage message', { reason: message });
        if (r && typeof r.connectionId === 'string' && typeof r.requestId === 'string') {
          send({
            connectionId: r.connectionId,
            answerTo: r.requestId,
            method: typeof r.method === 'string' ? r.method : 'unknown',
            error: { name: 'StorageBridgeError', message },
          });
        }
      };
      return {
        receive(raw) {
          if (closed) return;
          const parsed = StorageRequest.safeParse(raw);
          if (!parsed.success) return refuse(raw, 'The storage request is malformed.');
          const request = parsed.data;
          const owner = ownerOf.get(request.connectionId);
          if (request.method === 'create') {
            if (owner) return refuse(raw, 'This storage connection is already open.');
            const params = request.params as { databaseName?: unknown } | null;
            if (
              !params ||
              typeof params !== 'object' ||
              !deps.allowedDatabases.includes(String(params.databaseName))
            ) {
              return refuse(
                raw,
                `The desk only serves the databases ${deps.allowedDatabases.join(', ')}.`,
              );
            }
            mine.add(request.connectionId);
            ownerOf.set(request.connectionId, send);
          } else if (!mine.has(request.connectionId)) {
            return refuse(raw, 'This storage connection is not open.');
          } else if (!Array.isArray(request.params)) {
            return refuse(raw, 'Storage method parameters must be a list.');
          }
          toRemote.next(request);
        },
        close() {
          if (closed) return;
          closed = true;
          for (const connectionId of mine) {
            // Release the storage instance this client held, as if it had closed it itself.
            toRemote.next({
              connectionId,
              requestId: `hub-close|${connectionId}`,
              method: 'close',
              version: RXDB_VERSION,
              params: [],
            });
            ownerOf.delete(connectionId);
          }
          mine.clear();
        },
      };
    },
  };
}
