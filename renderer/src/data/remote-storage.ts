import { Subject } from 'rxjs';
import type { RxStorage } from 'rxdb';
import {
  getRxStorageRemote,
  type MessageFromRemote,
  type RemoteMessageChannel,
} from 'rxdb/plugins/storage-remote';
import type { StoragePort } from '../../../shared/contract/bridge';

/**
 * RxDB's remote storage over the desk's storage port (the preload in Electron, the WebSocket in
 * browser mode). One message channel for the whole database.
 */
export function remoteStorageOver(port: StoragePort): RxStorage<unknown, unknown> {
  return getRxStorageRemote({
    identifier: 'couvert-desk',
    mode: 'one',
    messageChannelCreator: async (): Promise<RemoteMessageChannel> => {
      const messages$ = new Subject<MessageFromRemote>();
      const unsubscribe = port.subscribe((message) => messages$.next(message as MessageFromRemote));
      return {
        messages$,
        send: (message) => port.post(message),
        close: async () => {
          unsubscribe();
          messages$.complete();
        },
      };
    },
  });
}
