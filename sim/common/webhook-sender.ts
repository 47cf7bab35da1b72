import { setTimeout as sleep } from 'node:timers/promises';
import type { DeliveryRecord } from './control-wire';
import type { FaultState } from './faults';

/** One notification, sent identically on every attempt except for per-attempt headers. */
export interface OutgoingWebhook {
  readonly id: string;
  readonly eventType: string;
  /** Exact bytes of the JSON body. */
  readonly body: string;
  /** Headers of one attempt (e.g. Standard Webhooks signs the attempt's timestamp). */
  headersFor(wallNowMs: number): Record<string, string>;
}

export interface WebhookSenderOptions {
  /** Where to POST, computed per event (null: no relay configured, nothing is sent). */
  readonly target: () => string | null;
  /** Waits before the 2nd, 3rd, ... attempt; its length + 1 is the number of attempts. */
  readonly retryDelaysMs: readonly number[];
  readonly timeoutMs: number;
  readonly faults: FaultState;
  /** Standard Webhooks: HTTP 410 means "stop sending". */
  readonly stopOnGone: boolean;
  readonly signal: AbortSignal;
}

const MAX_RECORDS = 1000;
const MAX_RETRY_AFTER_MS = 3_600_000;

function retryAfterMs(value: string | null): number {
  if (value === null) return 0;
  if (/^\d+$/.test(value.trim())) return Math.min(Number(value) * 1000, MAX_RETRY_AFTER_MS);
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : Math.min(Math.max(0, at - Date.now()), MAX_RETRY_AFTER_MS);
}

/** Delivers webhooks to the relay with the platform's retry behaviour, and keeps a log. */
export class WebhookSender {
  private records: DeliveryRecord[] = [];
  private inFlight = new Set<Promise<void>>();

  constructor(private readonly options: WebhookSenderOptions) {}

  send(webhook: OutgoingWebhook): DeliveryRecord {
    const url = this.options.target();
    const record: DeliveryRecord = {
      id: webhook.id,
      eventType: webhook.eventType,
      url,
      body: webhook.body,
      state: 'pending',
      attempts: [],
    };
    this.records.push(record);
    if (this.records.length > MAX_RECORDS)
      this.records.splice(0, this.records.length - MAX_RECORDS);
    if (this.options.faults.takeDroppedWebhook()) record.state = 'dropped';
    else if (url === null) record.state = 'no-target';
    else {
      const run = this.deliver(webhook, url, record).finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
    }
    return record;
  }

  list(): readonly DeliveryRecord[] {
    return this.records;
  }

  clear(): void {
    this.records = [];
  }

  /** Resolves true once no delivery is pending, false if `timeoutMs` passes first. */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.inFlight.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      const timer = sleep(left, false, { signal: this.options.signal }).catch(() => false);
      await Promise.race([Promise.allSettled([...this.inFlight]), timer]);
    }
    return true;
  }

  private async deliver(
    webhook: OutgoingWebhook,
    url: string,
    record: DeliveryRecord,
  ): Promise<void> {
    const { retryDelaysMs, signal } = this.options;
    for (let attempt = 0; attempt <= retryDelaysMs.length; attempt++) {
      if (signal.aborted) return;
      const outcome = await this.attempt(webhook, url);
      record.attempts.push({ at: new Date().toISOString(), ...outcome.log });
      if (outcome.kind === 'delivered' || outcome.kind === 'gone') {
        record.state = outcome.kind;
        return;
      }
      const delay = retryDelaysMs[attempt];
      if (delay === undefined) break;
      try {
        await sleep(Math.max(delay, outcome.retryAfterMs), undefined, { signal });
      } catch {
        return;
      }
    }
    record.state = 'failed';
  }

  private async attempt(
    webhook: OutgoingWebhook,
    url: string,
  ): Promise<
    | { kind: 'delivered'; log: { status: number } }
    | { kind: 'gone'; log: { status: number } }
    | { kind: 'retry'; retryAfterMs: number; log: { status?: number; error?: string } }
  > {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...webhook.headersFor(Date.now()) },
        body: webhook.body,
        redirect: 'manual',
        signal: AbortSignal.any([this.options.signal, AbortSignal.timeout(this.options.timeoutMs)]),
      });
      await response.arrayBuffer().catch(() => undefined);
      const status = response.status;
      if (status >= 200 && status < 300) return { kind: 'delivered', log: { status } };
      if (status === 410 && this.options.stopOnGone) return { kind: 'gone', log: { status } };
      return {
        kind: 'retry',
        retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
        log: { status },
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'retry', retryAfterMs: 0, log: { error: message } };
    }
  }
}
