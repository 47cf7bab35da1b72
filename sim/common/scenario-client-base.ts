import { z } from 'zod';
import {
  clockViewSchema,
  controlErrorSchema,
  faultsViewSchema,
  loggedRequestSchema,
  webhooksViewSchema,
  type ClockView,
  type DeliveryRecord,
  type FaultsView,
  type LoggedRequest,
} from './control-wire';
import type { faultSchema } from './faults';

export type FaultInput = z.input<typeof faultSchema>;

/** A scenario call the simulator refused (its status and `error` message). */
export class ScenarioRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ScenarioRequestError';
  }
}

/** Typed access to the scenario routes every simulator shares. */
export class ScenarioClientBase {
  /** @param scenarioUrl e.g. `http://127.0.0.1:4010/__sim` */
  constructor(readonly scenarioUrl: string) {}

  protected async call<S extends z.ZodType>(
    method: string,
    path: string,
    schema: S,
    body?: unknown,
  ): Promise<z.output<S>> {
    const response = await fetch(`${this.scenarioUrl}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      throw new ScenarioRequestError(
        response.status,
        `Scenario call ${method} ${path} answered non-JSON: ${text.slice(0, 200)}`,
      );
    }
    if (!response.ok) {
      const parsed = controlErrorSchema.safeParse(json);
      throw new ScenarioRequestError(
        response.status,
        parsed.success
          ? parsed.data.error
          : `Scenario call ${method} ${path} failed with ${response.status}`,
        parsed.success ? (parsed.data.issues ?? []) : [],
      );
    }
    return schema.parse(json);
  }

  reset(): Promise<void> {
    return this.call('POST', '/reset', z.unknown()).then(() => undefined);
  }

  state(): Promise<unknown> {
    return this.call('GET', '/state', z.unknown());
  }

  injectFault(fault: FaultInput): Promise<FaultsView> {
    return this.call('POST', '/faults', faultsViewSchema, fault);
  }

  faults(): Promise<FaultsView> {
    return this.call('GET', '/faults', faultsViewSchema);
  }

  clearFaults(): Promise<FaultsView> {
    return this.call('DELETE', '/faults', faultsViewSchema);
  }

  clock(): Promise<ClockView> {
    return this.call('GET', '/clock', clockViewSchema);
  }

  advanceClock(ms: number): Promise<ClockView> {
    return this.call('POST', '/clock/advance', clockViewSchema, { ms });
  }

  async webhooks(): Promise<{ target: string | null; deliveries: DeliveryRecord[] }> {
    return this.call('GET', '/webhooks', webhooksViewSchema);
  }

  async clearWebhooks(): Promise<void> {
    await this.call('DELETE', '/webhooks', z.unknown());
  }

  /** Waits until no webhook delivery is pending (true) or the timeout passes (false). */
  async drainWebhooks(timeoutMs = 5000): Promise<boolean> {
    const result = await this.call('POST', '/webhooks/drain', z.object({ drained: z.boolean() }), {
      timeoutMs,
    });
    return result.drained;
  }

  async setWebhookTarget(url: string | null): Promise<string | null> {
    const result = await this.call(
      'PUT',
      '/webhooks/target',
      z.object({ target: z.string().nullable() }),
      { url },
    );
    return result.target;
  }

  async requests(): Promise<LoggedRequest[]> {
    return (
      await this.call('GET', '/requests', z.object({ requests: z.array(loggedRequestSchema) }))
    ).requests;
  }

  async clearRequests(): Promise<void> {
    await this.call('DELETE', '/requests', z.unknown());
  }
}
