import { describe, expect, it, vi } from 'vitest';
import { commands } from './commands';
import {
  buildCommandApi,
  buildPreloadApi,
  channels,
  CommandError,
  methodNameOf,
  unwrapApi,
} from './bridge';

describe('the bridge contract', () => {
  it('names every channel domain:verb', () => {
    for (const channel of Object.keys(commands)) expect(channel).toMatch(/^[a-z]+:[a-z][a-zA-Z]*$/);
  });

  it('the preload surface is the commands plus the storage port, frozen', () => {
    const api = buildPreloadApi(async () => ({ ok: true, value: null }), {
      post: () => undefined,
      subscribe: () => () => undefined,
    });
    expect(Object.keys(api).sort()).toEqual([...channels.map(methodNameOf), 'storage'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.storage)).toBe(true);
    expect(Object.keys(api.storage).sort()).toEqual(['post', 'subscribe']);
  });

  it('derives one named function per command and nothing generic', () => {
    const api = buildCommandApi(async () => ({ ok: true, value: null }));
    expect(Object.keys(api).sort()).toEqual(channels.map(methodNameOf).sort());
    expect(Object.keys(api)).not.toContain('invoke');
    expect(Object.keys(api)).not.toContain('send');
    expect(Object.isFrozen(api)).toBe(true);
    expect(methodNameOf('desk:status')).toBe('deskStatus');
  });

  it('each function sends on its own channel only', async () => {
    const send = vi.fn(async () => ({ ok: true, value: null }));
    const api = buildCommandApi(send);
    await api.deskStatus({});
    expect(send).toHaveBeenCalledWith('desk:status', {});
  });
});

describe('unwrapApi (renderer side)', () => {
  const status = {
    state: 'ready',
    dataDir: '/d',
    startedAt: '2026-11-20T19:00:00.000Z',
    uptimeSeconds: 1,
    secretBox: 'os-keychain',
  };

  it('resolves to the validated value', async () => {
    const api = unwrapApi(buildCommandApi(async () => ({ ok: true, value: status })));
    expect(await api.deskStatus({})).toEqual(status);
  });

  it('throws a CommandError with the code and message of a failure', async () => {
    const api = unwrapApi(
      buildCommandApi(async () => ({
        ok: false,
        error: { code: 'invalid_request', message: 'Bad date.' },
      })),
    );
    const error: unknown = await api.deskStatus({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect(error).toMatchObject({ code: 'invalid_request', message: 'Bad date.' });
  });

  it.each([
    null,
    'ok',
    { ok: 'yes' },
    { ok: true, value: { state: 'nonsense' } },
    { ok: false, error: { code: 'made_up', message: 1 } },
  ])('refuses a malformed answer %j', async (answer) => {
    const api = unwrapApi(buildCommandApi(async () => answer));
    await expect(api.deskStatus({})).rejects.toBeInstanceOf(Error);
  });
});
