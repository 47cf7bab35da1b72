import { pokeSchema, ALL_TOPICS } from '../../shared/relay/stream';
import type { RelayHttp } from './relay-http';
import { startSseReader, type SseReader } from './sse-reader';

export interface RelayStream {
  /** Calls `onPoke` whenever the relay says `topic` changed, and after every (re)connect. */
  subscribe(topic: string, onPoke: () => void): () => void;
  close(): void;
  readonly connected: boolean;
}

/** One SSE connection per tenant, fanned out to the feed consumer and each replication. */
export function createRelayStream(
  http: RelayHttp,
  options: { onError?: (error: Error, fatal: boolean) => void; minRetryMs?: number } = {},
): RelayStream {
  const subscribers = new Map<string, Set<() => void>>();
  const notify = (topics: readonly string[]) => {
    const all = topics.includes(ALL_TOPICS);
    for (const [topic, set] of subscribers)
      if (all || topics.includes(topic)) for (const fn of set) fn();
  };
  const reader: SseReader = startSseReader({
    url: http.url('/stream'),
    headers: () => http.authHeaders(),
    ...(http.connection.fetch ? { fetch: http.connection.fetch } : {}),
    ...(options.minRetryMs ? { minRetryMs: options.minRetryMs } : {}),
    onEvent: (message) => {
      if (message.event !== 'poke') return;
      let json: unknown;
      try {
        json = JSON.parse(message.data);
      } catch {
        return;
      }
      const parsed = pokeSchema.safeParse(json);
      if (parsed.success) notify(parsed.data.topics);
    },
    ...(options.onError ? { onError: options.onError } : {}),
  });
  return {
    subscribe(topic, onPoke) {
      let set = subscribers.get(topic);
      if (!set) {
        set = new Set();
        subscribers.set(topic, set);
      }
      set.add(onPoke);
      return () => set.delete(onPoke);
    },
    close: () => reader.close(),
    get connected() {
      return reader.connected;
    },
  };
}
