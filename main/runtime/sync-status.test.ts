import { describe, expect, it } from 'vitest';
import { SyncStatus, type PlatformSyncStatus } from '../../shared/contract/sync-commands';
import type { PlatformConfig } from '../../shared/domain/platform-config';
import type { Snapshot } from '../../shared/store/store-deps';
import type { DeskSyncStatus } from '../sync/engine/desk-sync';
import { toSyncStatus } from './sync-status';

const AT = 1_774_000_000_000;

function config(
  platform: string,
  overrides: Partial<PlatformConfig> = {},
): Snapshot<PlatformConfig> {
  return {
    id: platform,
    platform,
    displayName: platform === 'thefork' ? 'TheFork' : 'Zenchef',
    masterFor: [],
    syncEntities: ['reservation'],
    pollIntervalSeconds: 60,
    active: true,
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

function platform(name: string, overrides: Partial<PlatformSyncStatus> = {}): PlatformSyncStatus {
  return {
    platform: name,
    displayName: name,
    active: true,
    connected: true,
    mastersReservations: false,
    lastSuccessAt: AT,
    queueDepth: 0,
    nextRetryAt: null,
    lastError: null,
    ...overrides,
  };
}

function running(overrides: Partial<DeskSyncStatus> = {}): DeskSyncStatus {
  return {
    running: true,
    role: 'primary',
    platforms: [platform('thefork'), platform('formitable')],
    relay: { configured: true, connected: true, lastContactAt: AT },
    leaseHolder: null,
    ...overrides,
  };
}

const RELAY = { baseUrl: 'https://relay.example', tenantId: 'tenant-1', deviceId: 'dev-1' };

const status = (input: Partial<Parameters<typeof toSyncStatus>[0]>) => {
  const result = toSyncStatus({
    sync: null,
    configs: [],
    relay: null,
    replicationFailing: 0,
    ...input,
  });
  // Whatever the input, the answer keeps to the contract the renderer validates.
  return SyncStatus.parse(result);
};

describe('toSyncStatus', () => {
  it('is off with no sync, listing the configured platforms as not connected', () => {
    const result = status({
      configs: [
        config('thefork', {
          masterFor: ['reservation'],
          lastSuccessAt: AT,
          lastError: { code: 'http_500', message: 'Server error', at: AT },
        }),
        config('formitable', { active: false }),
      ],
    });
    expect(result).toMatchObject({ running: false, role: 'off', offline: false, waiting: 0 });
    expect(result.platforms).toEqual([
      {
        platform: 'thefork',
        displayName: 'TheFork',
        active: true,
        connected: false,
        mastersReservations: true,
        lastSuccessAt: AT,
        queueDepth: 0,
        nextRetryAt: null,
        lastError: { code: 'http_500', message: 'Server error', at: AT },
      },
      expect.objectContaining({ platform: 'formitable', active: false, lastError: null }),
    ]);
    expect(result.relay).toEqual({
      configured: false,
      url: null,
      tenantId: null,
      deviceId: null,
      webhookBase: null,
      connected: null,
      lastContactAt: null,
    });
  });

  it('gives the relay and the webhook base when enrolled', () => {
    const result = status({ sync: running(), relay: RELAY });
    expect(result.relay).toEqual({
      configured: true,
      url: 'https://relay.example',
      tenantId: 'tenant-1',
      deviceId: 'dev-1',
      webhookBase: 'https://relay.example/hooks/tenant-1',
      connected: true,
      lastContactAt: AT,
    });
    expect(result.offline).toBe(false);
    expect(result.role).toBe('primary');
  });

  it('builds the webhook base without a double slash', () => {
    const result = status({ relay: { ...RELAY, baseUrl: 'https://relay.example/' } });
    expect(result.relay.webhookBase).toBe('https://relay.example/hooks/tenant-1');
  });

  it('is offline when the relay is configured but not connected', () => {
    for (const connected of [false, null]) {
      const result = status({
        sync: running({ relay: { configured: true, connected, lastContactAt: null } }),
        relay: RELAY,
      });
      expect(result.offline).toBe(true);
      expect(result.relay.connected).toBe(false);
    }
    // Enrolled but sync not started: not connected either.
    expect(status({ relay: RELAY }).offline).toBe(true);
  });

  it('is offline when replication keeps failing though the stream is up', () => {
    const result = status({ sync: running(), relay: RELAY, replicationFailing: 2 });
    expect(result.relay.connected).toBe(false);
    expect(result.offline).toBe(true);
  });

  it('is offline when every active platform is unreachable while running', () => {
    const down = running({
      role: 'standalone',
      relay: { configured: false, connected: null, lastContactAt: null },
      platforms: [
        platform('thefork', { connected: false }),
        platform('formitable', { connected: false }),
        platform('inactive', { active: false, connected: true }),
      ],
    });
    expect(status({ sync: down }).offline).toBe(true);
    // One platform still answering: not offline.
    const oneUp = {
      ...down,
      platforms: [platform('thefork', { connected: false }), platform('x')],
    };
    expect(status({ sync: oneUp }).offline).toBe(false);
    // Not running (another desk is primary): the platforms are not ours to reach.
    expect(status({ sync: { ...down, running: false, role: 'standby' } }).offline).toBe(false);
    // No active platform at all: nothing to be offline from.
    const none = { ...down, platforms: [platform('thefork', { active: false, connected: false })] };
    expect(status({ sync: none }).offline).toBe(false);
  });

  it('counts waiting changes as the sum of queue depths', () => {
    const result = status({
      sync: running({
        platforms: [
          platform('thefork', { queueDepth: 3, nextRetryAt: AT + 60_000 }),
          platform('formitable', { queueDepth: 4 }),
        ],
      }),
      relay: RELAY,
    });
    expect(result.waiting).toBe(7);
    expect(result.platforms[0]?.nextRetryAt).toBe(AT + 60_000);
  });

  it('adds the bookings changed while the engine was paused without the relay', () => {
    const paused = running({
      running: false,
      role: 'unknown',
      platforms: [platform('thefork', { queueDepth: 2 })],
    });
    expect(status({ sync: paused, relay: RELAY, unsentWhilePaused: 3 }).waiting).toBe(5);
  });

  it('passes the lease holder on', () => {
    const leaseHolder = {
      deviceId: 'd2',
      deviceName: 'Bar',
      epoch: 3,
      expiresAt: '2026-03-28T10:00:00Z',
    };
    const result = status({
      sync: running({ role: 'standby', running: false, leaseHolder }),
      relay: RELAY,
    });
    expect(result.leaseHolder).toEqual(leaseHolder);
    expect(result.role).toBe('standby');
  });
});
