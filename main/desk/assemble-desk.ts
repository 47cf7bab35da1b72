import { createCommandDispatcher, type Dispatch } from '../ipc/command-dispatcher';
import type { Clock, Logger, SecretBox } from '../ports';
import type { StorageClient } from '../storage-bridge/storage-hub';
import { createDeskServices } from './desk-services';
import { openDeskStore, type DeskStore } from './open-desk-store';
import { openCredentialVault } from '../platforms/credential-vault';
import {
  createPlatformConnections,
  type PlatformConnections,
} from '../platforms/platform-connections';
import type { ConnectorRegistryDeps } from '../sync/connectors/connector-registry';

export interface Desk {
  dispatch: Dispatch;
  /** A renderer (window or browser tab) connects its RxDB remote storage here. */
  connectStorage: (send: (message: unknown) => void) => StorageClient;
  store: DeskStore;
  platforms: PlatformConnections;
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
  /** Where the platforms are (the simulators in the demo); the real hosts by default. */
  platformEndpoints?: ConnectorRegistryDeps['endpoints'];
}): Promise<Desk> {
  const store = await openDeskStore(deps);
  const vault = await openCredentialVault(deps.dataDir, deps.secretBox);
  const platforms = createPlatformConnections({
    db: store.db,
    repos: store.repos,
    vault,
    clock: deps.clock,
    log: deps.log,
    ...(deps.platformEndpoints ? { endpoints: deps.platformEndpoints } : {}),
  });
  const services = createDeskServices({ ...deps, platforms });
  return {
    dispatch: createCommandDispatcher(services.handlers, deps.log),
    connectStorage: (send) => store.hub.connect(send),
    store,
    platforms,
    close: () => store.close(),
  };
}
