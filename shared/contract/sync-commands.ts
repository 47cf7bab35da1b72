import { z } from 'zod';
import { StoredError } from '../domain/primitives';

/** Sync commands of the bridge contract (see commands.ts): what the Sync screen shows and does. */

export const PlatformSyncStatus = z.object({
  platform: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  /** A connector is built and its circuit is not open. */
  connected: z.boolean(),
  mastersReservations: z.boolean(),
  lastSuccessAt: z.number().nullable(),
  /** Outbound jobs not finished (pending, running, waiting for a retry). */
  queueDepth: z.int().nonnegative(),
  /** The earliest scheduled retry of this platform's jobs. */
  nextRetryAt: z.number().nullable(),
  lastError: StoredError.nullable(),
});
export type PlatformSyncStatus = z.infer<typeof PlatformSyncStatus>;

export const SyncRole = z.enum([
  /** Sync is not started on this desk (first launch not finished, or no platform yet). */
  'off',
  /** No relay: this desk talks to the platforms itself. */
  'standalone',
  /** Holds the relay's sync-primary lease: this desk talks to the platforms. */
  'primary',
  /** Another desk holds the lease: this one replicates. */
  'standby',
  /** The relay has not answered yet. */
  'unknown',
]);
export type SyncRole = z.infer<typeof SyncRole>;

export const SyncStatus = z.object({
  running: z.boolean(),
  role: SyncRole,
  platforms: z.array(PlatformSyncStatus),
  relay: z.object({
    configured: z.boolean(),
    url: z.string().nullable(),
    tenantId: z.string().nullable(),
    /** This desk's device id at the relay. */
    deviceId: z.string().nullable(),
    /** The webhook address of this restaurant, without the platform segment: `<relay>/hooks/<tenant>`. */
    webhookBase: z.string().nullable(),
    connected: z.boolean().nullable(),
    lastContactAt: z.number().nullable(),
  }),
  leaseHolder: z
    .object({
      deviceId: z.string(),
      deviceName: z.string(),
      epoch: z.number().int(),
      expiresAt: z.string(),
    })
    .nullable(),
  /** The desk cannot reach the relay or any platform: work goes on locally. */
  offline: z.boolean(),
  /** Local changes not yet acknowledged by the platforms (outbound jobs not finished). */
  waiting: z.int().nonnegative(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;
