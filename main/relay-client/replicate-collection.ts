import type { RxCollection, RxReplicationPullStreamItem, WithDeleted } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { Subject } from 'rxjs';
import {
  replicationPullResponseSchema,
  replicationPushResponseSchema,
  type ReplicationCheckpoint,
} from '../../shared/relay/replication';
import { replicationTopic } from '../../shared/relay/stream';
import type { RelayHttp } from './relay-http';
import type { RelayStream } from './relay-stream';

export interface ReplicateOptions<T> {
  collection: RxCollection<T>;
  http: RelayHttp;
  /** The tenant's SSE stream; without it the replication only pulls on start and on reSync(). */
  stream?: RelayStream;
  live?: boolean;
  batchSize?: number;
  retryTime?: number;
  /** The desk has one RxDatabase in main: no need to wait for a leader by default. */
  waitForLeadership?: boolean;
  autoStart?: boolean;
}

/**
 * RxDB replication of one collection through the relay hub: pull by checkpoint {seq}, push with
 * the conflict rule, and a RESYNC whenever the relay pokes this collection (or the stream
 * reconnects). The relay knows collections only by name and schema version.
 */
export function replicateWithRelay<T>(
  options: ReplicateOptions<T>,
): RxReplicationState<T, ReplicationCheckpoint> {
  const { collection, http } = options;
  const name = collection.name;
  const version = collection.schema.version;
  const primaryPath = collection.schema.primaryPath as string;
  const base = `/replication/${encodeURIComponent(name)}/${version}`;
  const pokes = new Subject<RxReplicationPullStreamItem<T, ReplicationCheckpoint>>();
  const unsubscribe = options.stream?.subscribe(replicationTopic(name), () => pokes.next('RESYNC'));

  const state = replicateRxCollection<T, ReplicationCheckpoint>({
    replicationIdentifier: `couvert-relay|${http.connection.baseUrl}|${http.connection.tenantId}|${name}`,
    collection,
    live: options.live ?? true,
    retryTime: options.retryTime ?? 5000,
    waitForLeadership: options.waitForLeadership ?? false,
    autoStart: options.autoStart ?? true,
    toggleOnDocumentVisible: false,
    pull: {
      batchSize: options.batchSize ?? 500,
      handler: async (checkpoint, batchSize) => {
        const seq = checkpoint?.seq ?? 0;
        const page = await http.get(
          `${base}/pull?seq=${seq}&limit=${batchSize}`,
          replicationPullResponseSchema,
        );
        return { documents: page.documents as WithDeleted<T>[], checkpoint: page.checkpoint };
      },
      stream$: pokes.asObservable(),
    },
    push: {
      batchSize: options.batchSize ?? 500,
      handler: async (rows) => {
        const answer = await http.send(
          'POST',
          `${base}/push`,
          { primaryPath, rows },
          replicationPushResponseSchema,
        );
        return answer.conflicts as WithDeleted<T>[];
      },
    },
  });
  state.onCancel.push(() => {
    unsubscribe?.();
    pokes.complete();
  });
  return state;
}
