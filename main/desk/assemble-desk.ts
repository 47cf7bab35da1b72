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
import { createDeskRuntime, type DeskRuntime, type DeskRuntimeDeps } from '../runtime/desk-runtime';

export interface Desk {
  dispatch: Dispatch;
  /** A renderer (window or browser tab) connects its RxDB remote storage here. */
  connectStorage: (send: (message: unknown) => void) => StorageClient;
  store: DeskStore;
  platforms: PlatformConnections;
  /** Sync and first-launch state; started by the caller once seeding is done. */
  runtime: DeskRuntime;
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
  /** How the sync runs (default: real use, syncing once set up). */
  sync?: Partial<
    Pick<
      DeskRuntimeDeps,
      'simulated' | 'syncEnabled' | 'relayUrlOverride' | 'leaseTtlMs' | 'relayRetryMs' | 'fetch'
    >
  >;
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
  const runtime = createDeskRuntime({
    dataDir: deps.dataDir,
    db: store.db,
    repos: store.repos,
    connectorFor: (config) => platforms.connectorFor(config),
    secretBox: deps.secretBox,
    log: deps.log,
    now: () => deps.clock.now().getTime(),
    simulated: false,
    syncEnabled: true,
    ...deps.sync,
  });
  const services = createDeskServices({
    ...deps,
    platforms,
    sync: runtime.sync,
    setup: runtime.setup,
  });
  return {
    dispatch: createCommandDispatcher(services.handlers, deps.log),
    connectStorage: (send) => store.hub.connect(send),
    store,
    platforms,
    runtime,
    close: async () => {
      await runtime.close();
      await store.close();
    },
  };
}
