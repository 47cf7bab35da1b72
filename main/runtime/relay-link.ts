import type { RxCollection } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import type { ReplicationCheckpoint } from '../../shared/relay/replication';
import type { DeskDatabase } from '../../shared/store/create-desk-database';
import type { Logger } from '../ports';
import { createRelayHttp, type RelayConnection, type RelayHttp } from '../relay-client/relay-http';
import { createRelayStream, type RelayStream } from '../relay-client/relay-stream';
import { replicateWithRelay } from '../relay-client/replicate-collection';

export interface RelayLink {
  readonly http: RelayHttp;
  readonly stream: RelayStream;
  /** Every collection of the desk is replicated through the relay's hub. */
  readonly replications: readonly RxReplicationState<unknown, ReplicationCheckpoint>[];
  /** Replicated collections whose last pull or push failed (the relay is unreachable). */
  failing(): number;
  close(): Promise<void>;
}

/**
 * The desk's link to its relay: one SSE stream, and a live replication of every collection
 * (another desk's bookings arrive here, ours leave from here; RxDB keeps what could not be pushed
 * and pushes it when the relay answers again).
 */
export function openRelayLink(deps: {
  db: DeskDatabase;
  connection: RelayConnection;
  log: Logger;
  fetch?: typeof fetch;
  /** How soon a failed pull or push is tried again (default 5 s). */
  retryTimeMs?: number;
}): RelayLink {
  const log = deps.log.child({ component: 'relay-link' });
  const http = createRelayHttp({
    ...deps.connection,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const stream = createRelayStream(http, {
    minRetryMs: 500,
    onError: (error, fatal) => {
      (fatal ? log.error : log.debug)('relay stream', { reason: error.message, fatal });
    },
  });
  const failingSet = new Set<string>();
  const collections = Object.values(deps.db.collections) as unknown as RxCollection<unknown>[];
  const replications = collections.map((collection) => {
    const state = replicateWithRelay<unknown>({
      collection,
      http,
      stream,
      retryTime: deps.retryTimeMs ?? 5_000,
    });
    state.error$.subscribe((error) => {
      failingSet.add(collection.name);
      log.debug('replication attempt failed', {
        collection: collection.name,
        reason: error.message,
      });
    });
    state.received$.subscribe(() => failingSet.delete(collection.name));
    state.sent$.subscribe(() => failingSet.delete(collection.name));
    return state;
  });
  return {
    http,
    stream,
    replications,
    failing: () => failingSet.size,
    close: async () => {
      stream.close();
      await Promise.allSettled(replications.map((r) => r.cancel()));
    },
  };
}
