import { createCommandDispatcher, type Dispatch } from '../ipc/command-dispatcher';
import type { Clock, Logger, SecretBox } from '../ports';
import type { StorageClient } from '../storage-bridge/storage-hub';
import { createDeskServices } from './desk-services';
import { openDeskStore, type DeskStore } from './open-desk-store';

export interface Desk {
  dispatch: Dispatch;
  /** A renderer (window or browser tab) connects its RxDB remote storage here. */
  connectStorage: (send: (message: unknown) => void) => StorageClient;
  store: DeskStore;
  close: () => Promise<void>;
}

/** Everything the desk runs, built from ports. Called by both composition roots. */
export async function assembleDesk(deps: {
  runtime: 'electron' | 'browser';
  version: string;
  versions: { node: string; electron?: string; chrome?: string };
  dataDir: string;
  clock: Clock;
  secretBox: SecretBox;
  log: Logger;
}): Promise<Desk> {
  const store = await openDeskStore(deps);
  const services = createDeskServices(deps);
  return {
    dispatch: createCommandDispatcher(services.handlers, deps.log),
    connectStorage: (send) => store.hub.connect(send),
    store,
    close: () => store.close(),
  };
}
