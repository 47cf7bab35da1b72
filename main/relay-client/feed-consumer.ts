import {
  feedAckResponseSchema,
  feedPullResponseSchema,
  type FeedEvent,
} from '../../shared/relay/feed';
import { FEED_TOPIC } from '../../shared/relay/stream';
import type { RelayHttp } from './relay-http';
import type { RelayStream } from './relay-stream';

export interface FeedConsumerOptions {
  http: RelayHttp;
  stream?: RelayStream;
  /** Must be idempotent: delivery is at least once. Acknowledged after it resolves. */
  apply: (events: readonly FeedEvent[]) => Promise<void>;
  batchSize?: number;
  /** Events the desk can no longer get were purged by retention: resync with the platforms. */
  onGap?: (purgedThrough: number) => void;
  onError?: (error: unknown) => void;
}

export interface FeedConsumer {
  /** Pulls until the feed is drained (resolves when done); pokes call it too. */
  pullNow(): Promise<void>;
  readonly checkpoint: number | null;
  close(): void;
}

/**
 * Pulls the tenant's webhook events in server order, applies them, then acknowledges: a crash
 * between apply and ack replays the batch, never skips it. The first pull starts after what
 * this device acknowledged last time.
 */
export function startFeedConsumer(options: FeedConsumerOptions): FeedConsumer {
  const limit = options.batchSize ?? 200;
  let checkpoint: number | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  const drain = async () => {
    for (;;) {
      const after = checkpoint === null ? '' : `after=${checkpoint}&`;
      const page = await options.http.get(`/feed?${after}limit=${limit}`, feedPullResponseSchema);
      if (page.gap) options.onGap?.(page.purgedThrough);
      if (page.events.length > 0) {
        await options.apply(page.events);
        await options.http.send(
          'POST',
          '/feed/ack',
          { seq: page.checkpoint.seq },
          feedAckResponseSchema,
        );
      }
      checkpoint = page.checkpoint.seq;
      if (!page.hasMore || closed) return;
    }
  };

  const pullNow = (): Promise<void> => {
    if (closed) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        const takeAgain = () => {
          const wanted = again && !closed;
          again = false;
          return wanted;
        };
        again = false;
        do await drain();
        while (takeAgain());
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const unsubscribe = options.stream?.subscribe(FEED_TOPIC, () => {
    // A poke during a drain only asks for one more pass: that drain's failure is reported once,
    // not once per poke that came while it ran.
    if (running) {
      again = true;
      return;
    }
    pullNow().catch((error: unknown) => options.onError?.(error));
  });
  return {
    pullNow,
    get checkpoint() {
      return checkpoint;
    },
    close() {
      closed = true;
      unsubscribe?.();
    },
  };
}
