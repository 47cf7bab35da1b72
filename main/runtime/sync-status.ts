import type { SyncStatus } from '../../shared/contract/sync-commands';
import type { PlatformConfig } from '../../shared/domain/platform-config';
import type { Snapshot } from '../../shared/store/store-deps';
import type { DeskSyncStatus } from '../sync/engine/desk-sync';

/**
 * What the Sync screen shows, from the running sync (null when sync is not started) and the
 * platform configurations. Offline: the relay cannot be reached, or every active platform is
 * unreachable while this desk is the one talking to them.
 */
export function toSyncStatus(input: {
  sync: DeskSyncStatus | null;
  configs: readonly Snapshot<PlatformConfig>[];
  relay: { baseUrl: string; tenantId: string; deviceId: string } | null;
  /** Replicated collections whose last attempt failed. */
  replicationFailing: number;
  /** Bookings changed while the engine was paused for lack of the relay (default 0). */
  unsentWhilePaused?: number;
}): SyncStatus {
  const { sync, relay } = input;
  const platforms =
    sync?.platforms.map((p) => ({ ...p })) ??
    input.configs.map((c) => ({
      platform: c.platform,
      displayName: c.displayName,
      active: c.active,
      connected: false,
      mastersReservations: c.masterFor.includes('reservation'),
      lastSuccessAt: c.lastSuccessAt ?? null,
      queueDepth: 0,
      nextRetryAt: null,
      lastError: c.lastError ?? null,
    }));
  const relayConnected =
    relay === null ? null : (sync?.relay.connected ?? false) && input.replicationFailing === 0;
  const active = platforms.filter((p) => p.active);
  const platformsDown =
    sync?.running === true && active.length > 0 && active.every((p) => !p.connected);
  return {
    running: sync?.running ?? false,
    role: sync?.role ?? 'off',
    platforms,
    relay: {
      configured: relay !== null,
      url: relay?.baseUrl ?? null,
      tenantId: relay?.tenantId ?? null,
      deviceId: relay?.deviceId ?? null,
      webhookBase:
        relay === null
          ? null
          : `${relay.baseUrl.replace(/\/+$/, '')}/hooks/${encodeURIComponent(relay.tenantId)}`,
      connected: relayConnected,
      lastContactAt: sync?.relay.lastContactAt ?? null,
    },
    leaseHolder: sync?.leaseHolder ?? null,
    offline: relayConnected === false || platformsDown,
    waiting: platforms.reduce((sum, p) => sum + p.queueDepth, 0) + (input.unsentWhilePaused ?? 0),
  };
}
