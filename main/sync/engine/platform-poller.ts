import type { PullCursor } from '../connectors/platform-connector';
import type { EngineContext, PlatformState } from './engine-context';
import type { TimerPort } from './engine-ports';
import { pollOnce } from './inbound';
import { SyncStoppedError } from './stop-signal';
import { storedError } from './sync-log-writer';

export interface PlatformPoller {
  /** Polls now (coalesced with a poll in progress); resolves when that poll is done. */
  pollNow(via: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The fallback and catch-up path of one platform: a poll at start, then every
 * pollIntervalSeconds, and whenever a webhook says "something changed" (Formitable).
 */
export function startPlatformPoller(
  ctx: EngineContext,
  state: PlatformState,
  timers: TimerPort,
  firstLookbackMs: number,
): PlatformPoller {
  const since = state.config.lastSuccessAt ?? ctx.clock.now() - firstLookbackMs;
  // Whole-day platforms re-read the day anyway; a margin covers clock skew with the platform.
  let cursor: PullCursor = { since: Math.max(0, since - 5 * 60_000) };
  let running: Promise<void> | undefined;
  let again: string | undefined;
  const takeAgain = (): string | undefined => again;
  let cancel: (() => void) | undefined;
  let stopped = false;
  const isStopped = (): boolean => stopped;

  const arm = (): void => {
    cancel?.();
    if (stopped || !ctx.running()) return;
    cancel = timers.setTimer(state.config.pollIntervalSeconds * 1000, () => {
      void poller.pollNow('poll').catch(() => undefined);
    });
  };

  const once = async (via: string): Promise<void> => {
    const startedAt = ctx.clock.now();
    try {
      const outcome = await pollOnce(ctx, state, cursor, via);
      cursor = outcome.next;
      state.lastSuccessAt = ctx.clock.now();
      await ctx.store.platformConfigs.recordSync(state.config.platform, {
        lastSyncAt: startedAt,
        lastSuccessAt: state.lastSuccessAt,
      });
    } catch (error) {
      // Stopped half-way: logged by the poll step; not an error of the platform's.
      if (error instanceof SyncStoppedError) return;
      state.lastError = storedError(error, ctx.clock.now());
      await ctx.store.platformConfigs.recordSync(state.config.platform, {
        lastSyncAt: startedAt,
        lastError: state.lastError,
      });
    }
  };

  const poller: PlatformPoller = {
    pollNow(via) {
      if (stopped || !ctx.running()) return Promise.resolve();
      if (running) {
        again = via;
        return running;
      }
      running = (async () => {
        try {
          let next: string | undefined = via;
          while (next !== undefined && !isStopped() && ctx.running()) {
            again = undefined;
            await once(next);
            next = takeAgain();
          }
        } finally {
          running = undefined;
          arm();
        }
      })();
      return running;
    },
    async stop() {
      stopped = true;
      cancel?.();
      await running;
    },
  };
  return poller;
}
