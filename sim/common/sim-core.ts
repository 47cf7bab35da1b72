import { setTimeout as sleep } from 'node:timers/promises';
import { createSimClock, type SimClock } from './clock';
import { FaultState } from './faults';
import { FixedWindowLimiter, type RateLimitConfig } from './rate-limiter';
import { RequestLog } from './request-log';
import { WebhookSender } from './webhook-sender';

export interface SimCoreOptions {
  readonly rateLimit: RateLimitConfig;
  /** Current webhook URL (with any token), or null when no relay is configured. */
  readonly webhookTarget: () => string | null;
  readonly webhookRetryDelaysMs: readonly number[];
  readonly webhookTimeoutMs: number;
  readonly webhookStopOnGone: boolean;
}

/** The platform-independent moving parts of one simulator instance. */
export interface SimCore {
  readonly clock: SimClock;
  readonly faults: FaultState;
  readonly limiter: FixedWindowLimiter;
  readonly initialRateLimit: RateLimitConfig;
  readonly requests: RequestLog;
  readonly webhooks: WebhookSender;
  readonly signal: AbortSignal;
  /** Waits `ms`, or resolves early when the simulator shuts down. */
  delay(ms: number): Promise<void>;
  /** Stops timers and pending deliveries. */
  shutdown(): void;
}

export function createSimCore(options: SimCoreOptions): SimCore {
  const controller = new AbortController();
  const faults = new FaultState();
  return {
    clock: createSimClock(),
    faults,
    limiter: new FixedWindowLimiter(options.rateLimit),
    initialRateLimit: options.rateLimit,
    requests: new RequestLog(),
    webhooks: new WebhookSender({
      target: options.webhookTarget,
      retryDelaysMs: options.webhookRetryDelaysMs,
      timeoutMs: options.webhookTimeoutMs,
      faults,
      stopOnGone: options.webhookStopOnGone,
      signal: controller.signal,
    }),
    signal: controller.signal,
    delay: (ms) => sleep(ms, undefined, { signal: controller.signal }).catch(() => undefined),
    shutdown: () => {
      controller.abort();
    },
  };
}
