import { z } from 'zod';
import { faultSchema } from './faults';
import { ControlError, ok, parseControl, type ControlRoute } from './control';
import type { SimCore } from './sim-core';

/** What each simulator contributes to the shared scenario routes. */
export interface ControlHooks {
  state(): unknown;
  credentials(): unknown;
  /** Rebuilds the platform's data from its seed. */
  reset(): void;
  /** Invalidates issued access tokens; undefined when the platform has none. */
  expireTokens?: () => number;
  webhookTarget(): string | null;
  setWebhookTarget(url: string | null): void;
}

const advanceSchema = z.strictObject({
  ms: z
    .int()
    .min(0)
    .max(400 * 86_400_000),
});
const drainSchema = z
  .strictObject({ timeoutMs: z.int().min(0).max(60_000).default(5000) })
  .default({
    timeoutMs: 5000,
  });
const targetSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }).nullable(),
});

export function commonControlRoutes(core: SimCore, hooks: ControlHooks): ControlRoute[] {
  const faultsView = () => ({ ...core.faults.snapshot(), rateLimit: core.limiter.current });
  return [
    { method: 'GET', pattern: '/state', handler: async () => ok(hooks.state()) },
    { method: 'GET', pattern: '/credentials', handler: async () => ok(hooks.credentials()) },
    {
      method: 'POST',
      pattern: '/reset',
      handler: async () => {
        hooks.reset();
        core.faults.clear();
        core.limiter.configure(core.initialRateLimit);
        core.requests.clear();
        core.webhooks.clear();
        core.clock.reset();
        return ok();
      },
    },
    { method: 'GET', pattern: '/faults', handler: async () => ok(faultsView()) },
    {
      method: 'POST',
      pattern: '/faults',
      handler: async ({ body }) => {
        const fault = parseControl(faultSchema, body, 'fault');
        switch (fault.kind) {
          case 'server-errors':
            core.faults.setServerErrors(fault.count, fault.status);
            break;
          case 'latency':
            core.faults.setLatency(fault.ms, fault.count);
            break;
          case 'drop-webhooks':
            core.faults.addDroppedWebhooks(fault.count);
            break;
          case 'rate-limit':
            core.limiter.configure({ limit: fault.limit, windowSeconds: fault.windowSeconds });
            break;
          case 'expire-tokens': {
            if (!hooks.expireTokens) {
              throw new ControlError(
                400,
                'This platform authenticates with a static key; it has no tokens to expire.',
              );
            }
            return ok({ ...faultsView(), expiredTokens: hooks.expireTokens() });
          }
        }
        return ok(faultsView());
      },
    },
    {
      method: 'DELETE',
      pattern: '/faults',
      handler: async () => {
        core.faults.clear();
        core.limiter.configure(core.initialRateLimit);
        return ok(faultsView());
      },
    },
    {
      method: 'GET',
      pattern: '/clock',
      handler: async () =>
        ok({ now: new Date(core.clock.now()).toISOString(), offsetMs: core.clock.offsetMs() }),
    },
    {
      method: 'POST',
      pattern: '/clock/advance',
      handler: async ({ body }) => {
        core.clock.advance(parseControl(advanceSchema, body, 'clock advance').ms);
        return ok({
          now: new Date(core.clock.now()).toISOString(),
          offsetMs: core.clock.offsetMs(),
        });
      },
    },
    {
      method: 'GET',
      pattern: '/webhooks',
      handler: async () => ok({ target: hooks.webhookTarget(), deliveries: core.webhooks.list() }),
    },
    {
      method: 'DELETE',
      pattern: '/webhooks',
      handler: async () => {
        core.webhooks.clear();
        return ok();
      },
    },
    {
      method: 'POST',
      pattern: '/webhooks/drain',
      handler: async ({ body }) => {
        const { timeoutMs } = parseControl(drainSchema, body, 'drain request');
        return ok({ drained: await core.webhooks.drain(timeoutMs) });
      },
    },
    {
      method: 'PUT',
      pattern: '/webhooks/target',
      handler: async ({ body }) => {
        hooks.setWebhookTarget(parseControl(targetSchema, body, 'webhook target').url);
        return ok({ target: hooks.webhookTarget() });
      },
    },
    {
      method: 'GET',
      pattern: '/requests',
      handler: async () => ok({ requests: core.requests.list() }),
    },
    {
      method: 'DELETE',
      pattern: '/requests',
      handler: async () => {
        core.requests.clear();
        return ok();
      },
    },
  ];
}
