import { createParser, type EventSourceMessage } from 'eventsource-parser';

export interface SseReaderOptions {
  url: string;
  headers: () => Record<string, string>;
  fetch?: typeof fetch;
  onEvent: (message: EventSourceMessage) => void;
  /** Called on every successful (re)connect. */
  onOpen?: () => void;
  /** Called on every failure; `fatal` stops the reader (401/403: the token is no good). */
  onError?: (error: Error, fatal: boolean) => void;
  minRetryMs?: number;
  maxRetryMs?: number;
  /** Reconnect when nothing (not even a heartbeat comment) arrived for this long. */
  idleTimeoutMs?: number;
}

export interface SseReader {
  close(): void;
  readonly connected: boolean;
}

/**
 * A text/event-stream reader over fetch (EventSource cannot send an Authorization header), with
 * reconnection and backoff, and an idle timeout that catches silently dead connections.
 */
export function startSseReader(options: SseReaderOptions): SseReader {
  const doFetch = options.fetch ?? fetch;
  const minRetry = options.minRetryMs ?? 500;
  const maxRetry = options.maxRetryMs ?? 15_000;
  const idleTimeout = options.idleTimeoutMs ?? 45_000;
  const state = { closed: false, connected: false };
  const isClosed = () => state.closed;
  let controller: AbortController | null = null;
  let wake: (() => void) | null = null;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const once = async () => {
    controller = new AbortController();
    const abort = controller;
    let idle = setTimeout(() => abort.abort(new Error('stream idle')), idleTimeout);
    const touch = () => {
      clearTimeout(idle);
      idle = setTimeout(() => abort.abort(new Error('stream idle')), idleTimeout);
    };
    try {
      const res = await doFetch(options.url, {
        headers: { accept: 'text/event-stream', ...options.headers() },
        signal: abort.signal,
      });
      if (res.status === 401 || res.status === 403) {
        const error = new Error(
          `The relay refused the stream (${res.status}): ${await res.text()}`,
        );
        options.onError?.(error, true);
        state.closed = true;
        return false;
      }
      if (!res.ok || !res.body) throw new Error(`The stream answered ${res.status}.`);
      state.connected = true;
      options.onOpen?.();
      const parser = createParser({ onEvent: options.onEvent, onComment: touch });
      const decoder = new TextDecoder();
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        touch();
        parser.feed(decoder.decode(value, { stream: true }));
      }
      return true;
    } finally {
      state.connected = false;
      clearTimeout(idle);
    }
  };

  void (async () => {
    let delay = minRetry;
    while (!state.closed) {
      try {
        const opened = await once();
        if (opened) delay = minRetry;
      } catch (error) {
        if (isClosed()) break;
        options.onError?.(error instanceof Error ? error : new Error(String(error)), false);
      }
      if (isClosed()) break;
      await sleep(delay);
      delay = Math.min(maxRetry, delay * 2);
    }
  })();

  return {
    close() {
      state.closed = true;
      controller?.abort(new Error('closed'));
      wake?.();
    },
    get connected() {
      return state.connected;
    },
  };
}
