import { z } from 'zod';
import { ALL_TOPICS, FEED_TOPIC, replicationTopic } from '../../shared/relay/stream';
import type { Db } from '../db/db-port';
import type { Logger } from '../http/logger';

/**
 * Fan-out between relay processes: writers NOTIFY at commit (couvert_feed, couvert_repl,
 * couvert_config), every process LISTENs once and pokes its own SSE subscribers.
 */
export const CHANNELS = {
  feed: 'couvert_feed',
  replication: 'couvert_repl',
  config: 'couvert_config',
};

export const configMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('revoke'), tenantId: z.string(), deviceId: z.string() }),
  z.object({ kind: z.literal('secrets'), tenantId: z.string() }),
]);
export type ConfigMessage = z.infer<typeof configMessageSchema>;

export type ConfigEvent = ConfigMessage | { kind: 'reset' };

export type HubMessage = { kind: 'poke'; topics: string[] } | { kind: 'revoked'; deviceId: string };

export interface ChangeHub {
  start(): Promise<void>;
  stop(): Promise<void>;
  subscribe(tenantId: string, listener: (message: HubMessage) => void): () => void;
  onConfig(listener: (message: ConfigEvent) => void): () => void;
  subscriberCount(): number;
}

export function createChangeHub(db: Db, log: Logger): ChangeHub {
  const byTenant = new Map<string, Set<(m: HubMessage) => void>>();
  const configListeners = new Set<(m: ConfigEvent) => void>();
  const stops: (() => Promise<void>)[] = [];

  const deliver = (tenantId: string, message: HubMessage) => {
    for (const listener of byTenant.get(tenantId) ?? []) listener(message);
  };
  const pokeEveryone = () => {
    for (const tenantId of byTenant.keys())
      deliver(tenantId, { kind: 'poke', topics: [ALL_TOPICS] });
  };

  return {
    async start() {
      stops.push(
        await db.listen(CHANNELS.feed, {
          message: (tenantId) => deliver(tenantId, { kind: 'poke', topics: [FEED_TOPIC] }),
          reset: pokeEveryone,
        }),
        await db.listen(CHANNELS.replication, {
          message: (payload) => {
            const [tenantId, collection] = payload.split(' ');
            if (tenantId && collection)
              deliver(tenantId, { kind: 'poke', topics: [replicationTopic(collection)] });
          },
        }),
        await db.listen(CHANNELS.config, {
          message: (payload) => {
            let parsed: ReturnType<typeof configMessageSchema.safeParse>;
            try {
              parsed = configMessageSchema.safeParse(JSON.parse(payload));
            } catch {
              parsed = configMessageSchema.safeParse(undefined);
            }
            if (!parsed.success) {
              log.warn('ignored a malformed config notification', { payload });
              return;
            }
            const message = parsed.data;
            if (message.kind === 'revoke')
              deliver(message.tenantId, { kind: 'revoked', deviceId: message.deviceId });
            for (const listener of configListeners) listener(message);
          },
          // Missed config messages: listeners drop their caches.
          reset: () => {
            for (const listener of configListeners) listener({ kind: 'reset' });
          },
        }),
      );
    },
    async stop() {
      for (const stop of stops.splice(0)) await stop();
      byTenant.clear();
      configListeners.clear();
    },
    subscribe(tenantId, listener) {
      let set = byTenant.get(tenantId);
      if (!set) {
        set = new Set();
        byTenant.set(tenantId, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) byTenant.delete(tenantId);
      };
    },
    onConfig(listener) {
      configListeners.add(listener);
      return () => configListeners.delete(listener);
    },
    subscriberCount: () => [...byTenant.values()].reduce((n, s) => n + s.size, 0),
  };
}

/** Tells every relay process about a configuration change (sent at commit when in a transaction). */
export async function notifyConfig(db: Pick<Db, 'query'>, message: ConfigMessage): Promise<void> {
  await db.query('SELECT pg_notify($1, $2)', [CHANNELS.config, JSON.stringify(message)]);
}
