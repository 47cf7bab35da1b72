import { z } from 'zod';
import { tenantPathSchema } from '../../shared/relay/common';
import { ALL_TOPICS } from '../../shared/relay/stream';
import { defineRoute, HIJACKED } from '../http/route';
import { openSse, type SseStream } from '../http/sse';
import type { ChangeHub } from './change-hub';

export interface StreamRegistry {
  closeAll(): void;
  count(): number;
}

/**
 * GET /v1/t/:tenantId/stream: a text/event-stream that only says "pull now" (`poke` events with
 * topics), once on every (re)connect and after every committed change. Closed on revocation.
 */
export function streamRoute(hub: ChangeHub, options: { heartbeatMs: number }) {
  const open = new Set<SseStream>();
  const registry: StreamRegistry = {
    closeAll: () => {
      for (const s of [...open]) s.close();
    },
    count: () => open.size,
  };
  const route = defineRoute({
    method: 'GET',
    path: '/v1/t/:tenantId/stream',
    summary: 'Server-sent events: "poke" (pull now) with the topics that changed',
    tags: ['feed', 'replication'],
    auth: 'device',
    sse: true,
    schema: {
      params: tenantPathSchema,
      response: z.string().describe('text/event-stream of `poke` events'),
    },
    handler: async ({ device, reply }) => {
      const sse = openSse(reply, options.heartbeatMs);
      open.add(sse);
      const pending = new Set<string>();
      let scheduled = false;
      const poke = (topics: readonly string[]) => {
        for (const t of topics) pending.add(t);
        if (scheduled) return;
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          const all = pending.has(ALL_TOPICS);
          sse.send('poke', { topics: all ? [ALL_TOPICS] : [...pending] });
          pending.clear();
        });
      };
      const unsubscribe = hub.subscribe(device.tenantId, (message) => {
        if (message.kind === 'revoked') {
          if (message.deviceId !== device.deviceId) return;
          sse.send('revoked', { reason: 'This device was revoked.' });
          sse.close();
          return;
        }
        poke(message.topics);
      });
      sse.onClose(() => {
        unsubscribe();
        open.delete(sse);
      });
      sse.send('poke', { topics: [ALL_TOPICS] });
      return HIJACKED;
    },
  });
  return { route, registry };
}
