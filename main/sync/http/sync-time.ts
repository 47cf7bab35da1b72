import { setTimeout as delay } from 'node:timers/promises';

/**
 * Time as the sync layer sees it: a clock in epoch milliseconds, a cancellable sleep and a random
 * source for jitter. A port, so tests drive token buckets, breakers and token expiry without
 * waiting.
 */
export interface SyncTime {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Uniform in [0, 1). */
  random(): number;
}

export function systemSyncTime(): SyncTime {
  return {
    now: () => Date.now(),
    sleep: async (ms, signal) => {
      if (ms <= 0) return;
      await delay(ms, undefined, signal ? { signal } : undefined);
    },
    random: () => Math.random(),
  };
}

/** A clock that only moves when told to; `sleep` advances it at once (for unit tests). */
export interface ManualSyncTime extends SyncTime {
  advance(ms: number): void;
  /** Every sleep requested, in order. */
  readonly sleeps: number[];
}

export function manualSyncTime(start = 1_700_000_000_000, random = () => 0.5): ManualSyncTime {
  let now = start;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      if (ms > 0) now += ms;
    },
    random,
    advance: (ms) => {
      now += ms;
    },
    sleeps,
  };
}
