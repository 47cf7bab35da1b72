import { describe, expect, it } from 'vitest';
import { DeskStatus, AppInfo } from '../../shared/contract/commands';
import type { SecretBox } from '../ports';
import { createDeskServices } from './desk-services';

const box = (available: boolean): SecretBox => ({
  kind: 'os-keychain',
  available: async () => available,
  describe: async () => '',
  seal: async (p) => p,
  open: async (s) => ({ plain: s }),
});

describe('desk services', () => {
  it('reports version, runtime and status within the contract', async () => {
    let now = new Date('2026-11-20T19:00:00Z');
    const { handlers } = createDeskServices({
      runtime: 'electron',
      version: '1.2.3',
      versions: { node: '24.1.0', electron: '45.4.1' },
      dataDir: '/data',
      clock: { now: () => now },
      secretBox: box(true),
    });
    expect(AppInfo.parse(await handlers['app:info']({}))).toMatchObject({
      version: '1.2.3',
      runtime: 'electron',
    });
    now = new Date('2026-11-20T19:01:30Z');
    const status = DeskStatus.parse(await handlers['desk:status']({}));
    expect(status).toEqual({
      state: 'ready',
      dataDir: '/data',
      startedAt: '2026-11-20T19:00:00.000Z',
      uptimeSeconds: 90,
      secretBox: 'os-keychain',
    });
  });

  it('says the desk needs attention when secrets cannot be stored', async () => {
    const { handlers } = createDeskServices({
      runtime: 'electron',
      version: '1',
      versions: { node: '24' },
      dataDir: '/d',
      clock: { now: () => new Date() },
      secretBox: box(false),
    });
    expect(await handlers['desk:status']({})).toMatchObject({
      state: 'degraded',
      secretBox: 'unavailable',
    });
  });
});
