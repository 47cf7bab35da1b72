import { z } from 'zod';

/** Fault injection requests accepted by `POST /__sim/faults`. */
export const faultSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('server-errors'),
    /** The next `count` platform requests fail with `status`. */
    count: z.int().min(1).max(10_000),
    status: z.literal([500, 502, 503, 504]).default(503),
  }),
  z.strictObject({
    kind: z.literal('latency'),
    /** Every platform request waits `ms` before being handled... */
    ms: z.int().min(0).max(120_000),
    /** ...for the next `count` requests, or until cleared when omitted. */
    count: z.int().min(1).max(10_000).optional(),
  }),
  z.strictObject({
    kind: z.literal('drop-webhooks'),
    /** The next `count` webhook notifications are never sent. */
    count: z.int().min(1).max(10_000),
  }),
  z.strictObject({
    /** Every access token issued so far stops being accepted (as if it had expired). */
    kind: z.literal('expire-tokens'),
  }),
  z.strictObject({
    kind: z.literal('rate-limit'),
    /** At most `limit` platform requests per fixed window of `windowSeconds`. */
    limit: z.int().min(1).max(1_000_000),
    windowSeconds: z.int().min(1).max(3600),
  }),
]);

export type Fault = z.infer<typeof faultSchema>;

export interface FaultSnapshot {
  readonly serverErrors: { readonly remaining: number; readonly status: number } | null;
  readonly latency: { readonly ms: number; readonly remaining: number | null } | null;
  readonly dropWebhooks: number;
}

/** Counters for the one-shot and N-shot faults (rate limits and tokens live elsewhere). */
export class FaultState {
  private serverErrors: { remaining: number; status: number } | null = null;
  private latency: { ms: number; remaining: number | null } | null = null;
  private dropWebhooks = 0;

  setServerErrors(count: number, status: number): void {
    this.serverErrors = { remaining: count, status };
  }

  setLatency(ms: number, count: number | undefined): void {
    this.latency = { ms, remaining: count ?? null };
  }

  addDroppedWebhooks(count: number): void {
    this.dropWebhooks += count;
  }

  /** Consumes one server error from the burst; the status to answer, or null. */
  takeServerError(): number | null {
    if (this.serverErrors === null) return null;
    const { status } = this.serverErrors;
    this.serverErrors.remaining -= 1;
    if (this.serverErrors.remaining <= 0) this.serverErrors = null;
    return status;
  }

  /** Consumes one delayed answer; the delay in ms, or 0. */
  takeLatency(): number {
    if (this.latency === null) return 0;
    const { ms } = this.latency;
    if (this.latency.remaining !== null) {
      this.latency.remaining -= 1;
      if (this.latency.remaining <= 0) this.latency = null;
    }
    return ms;
  }

  takeDroppedWebhook(): boolean {
    if (this.dropWebhooks <= 0) return false;
    this.dropWebhooks -= 1;
    return true;
  }

  clear(): void {
    this.serverErrors = null;
    this.latency = null;
    this.dropWebhooks = 0;
  }

  snapshot(): FaultSnapshot {
    return {
      serverErrors: this.serverErrors && { ...this.serverErrors },
      latency: this.latency && { ...this.latency },
      dropWebhooks: this.dropWebhooks,
    };
  }
}
