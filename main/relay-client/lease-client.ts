import { okSchema } from '../../shared/relay/common';
import { leaseStatusSchema, type LeaseStatus } from '../../shared/relay/lease';
import { RelayError, type RelayHttp } from './relay-http';

export interface LeaseClient {
  status(): Promise<LeaseStatus>;
  /** Acquires or renews; resolves with the status either way (`youHold` says who won). */
  acquire(ttlMs: number): Promise<LeaseStatus>;
  release(): Promise<void>;
}

export function createLeaseClient(http: RelayHttp): LeaseClient {
  return {
    status: () => http.get('/lease', leaseStatusSchema),
    async acquire(ttlMs) {
      try {
        return await http.send('PUT', '/lease', { ttlMs }, leaseStatusSchema);
      } catch (error) {
        if (error instanceof RelayError && error.status === 409) {
          const held = leaseStatusSchema.safeParse(error.details);
          if (held.success) return held.data;
        }
        throw error;
      }
    },
    async release() {
      await http.send('DELETE', '/lease', undefined, okSchema);
    },
  };
}

/**
 * Keeps trying to hold the sync-primary lease: renews at a third of the TTL, so the lease only
 * lapses when this desk is gone or cut off, and reports every change of holder.
 */
export function keepLease(
  client: LeaseClient,
  options: {
    ttlMs: number;
    onChange: (status: LeaseStatus) => void;
    onError?: (e: unknown) => void;
  },
): { stop(): Promise<void> } {
  let last: string | null | undefined;
  let stopped = false;
  const tick = async () => {
    try {
      const status = await client.acquire(options.ttlMs);
      const key = status.holder ? `${status.holder.deviceId}#${status.holder.epoch}` : null;
      if (key !== last) {
        last = key;
        options.onChange(status);
      }
    } catch (error) {
      options.onError?.(error);
    }
  };
  void tick();
  const timer = setInterval(
    () => {
      if (!stopped) void tick();
    },
    Math.max(200, Math.floor(options.ttlMs / 3)),
  );
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await client.release().catch((error: unknown) => options.onError?.(error));
    },
  };
}
