import { beforeEach, describe, expect, it } from 'vitest';
import { CommandError, type CouvertApi } from '../../../../shared/contract/bridge';
import type { SyncStatus } from '../../../../shared/contract/sync-commands';
import { refreshSyncStatus, useSyncStore } from './sync-status-store';

const base: SyncStatus = {
  running: true,
  role: 'standalone',
  platforms: [],
  relay: {
    configured: false,
    url: null,
    tenantId: null,
    deviceId: null,
    webhookBase: null,
    connected: null,
    lastContactAt: null,
  },
  leaseHolder: null,
  offline: false,
  waiting: 0,
};

/** A desk that answers the queued results in order (a fake of the bridge, not of the store). */
function fakeApi(answers: (SyncStatus | Error)[]) {
  let calls = 0;
  let release: (() => void) | null = null;
  const api = {
    syncStatus: async () => {
      calls += 1;
      const answer = answers.shift();
      if (answer === undefined) await new Promise<void>((resolve) => (release = resolve));
      if (answer instanceof Error) throw answer;
      return answer ?? base;
    },
  } as unknown as CouvertApi;
  return { api, calls: () => calls, release: () => release?.() };
}

const initial = useSyncStore.getState();
beforeEach(() => useSyncStore.setState(initial, true));

describe('refreshing the sync status', () => {
  it('keeps the answer with its time, and clears an earlier problem', async () => {
    useSyncStore.setState({ problem: { code: 'internal', message: 'old' } });
    const { api } = fakeApi([{ ...base, waiting: 3 }]);
    await refreshSyncStatus(api, () => 1000);
    expect(useSyncStore.getState()).toMatchObject({
      status: { waiting: 3 },
      receivedAt: 1000,
      problem: null,
      inFlight: false,
    });
  });

  it('keeps the last status when the desk fails, and says why with its code', async () => {
    const { api } = fakeApi([
      base,
      new CommandError({ code: 'internal', message: 'sync is not wired in this desk' }),
      new TypeError('socket closed'),
    ]);
    await refreshSyncStatus(api, () => 1);
    await refreshSyncStatus(api, () => 2);
    expect(useSyncStore.getState()).toMatchObject({
      status: base,
      receivedAt: 1,
      problem: { code: 'internal', message: 'sync is not wired in this desk' },
    });
    await refreshSyncStatus(api, () => 3);
    expect(useSyncStore.getState().problem).toEqual({
      code: 'internal',
      message: 'socket closed',
    });
  });

  it('does not send a second call while one is under way', async () => {
    const fake = fakeApi([]);
    const first = refreshSyncStatus(fake.api, () => 1);
    await refreshSyncStatus(fake.api, () => 1);
    expect(fake.calls()).toBe(1);
    fake.release();
    await first;
    expect(useSyncStore.getState().inFlight).toBe(false);
  });

  it('notes when the desk comes back online, and forgets it when offline again', async () => {
    const { api } = fakeApi([
      { ...base, offline: true, waiting: 2 },
      base,
      base,
      { ...base, offline: true },
    ]);
    await refreshSyncStatus(api, () => 10);
    expect(useSyncStore.getState().backOnlineAt).toBeNull();
    await refreshSyncStatus(api, () => 20);
    expect(useSyncStore.getState().backOnlineAt).toBe(20);
    await refreshSyncStatus(api, () => 30);
    expect(useSyncStore.getState().backOnlineAt).toBe(20);
    await refreshSyncStatus(api, () => 40);
    expect(useSyncStore.getState().backOnlineAt).toBeNull();
  });

  it('resets the page when a filter changes', () => {
    useSyncStore.getState().showMore(50);
    useSyncStore.getState().setFilters({ platform: 'thefork' });
    expect(useSyncStore.getState()).toMatchObject({
      shown: 0,
      filters: { platform: 'thefork', text: '' },
    });
  });
});
