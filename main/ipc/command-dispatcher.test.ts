import { describe, expect, it, vi } from 'vitest';
import {
  CommandRejection,
  createCommandDispatcher,
  type CommandHandlers,
} from './command-dispatcher';
import { createLogger } from '../desk/logger';

const status = {
  state: 'ready' as const,
  dataDir: '/data',
  startedAt: '2026-11-20T19:00:00.000Z',
  uptimeSeconds: 3,
  secretBox: 'os-keychain' as const,
};

const setupState = {
  mode: 'standalone' as const,
  simulated: false,
  relay: null,
  restaurantConfigured: true,
  platformsConnected: 0,
};

function setup(overrides: Partial<CommandHandlers> = {}) {
  const lines: string[] = [];
  const handlers: CommandHandlers = {
    'app:info': vi.fn(async () => ({
      name: 'Couvert',
      version: '1.0.0',
      runtime: 'browser' as const,
      versions: { node: '24' },
    })),
    'desk:status': vi.fn(async () => status),
    'platforms:list': vi.fn(async () => []),
    'platforms:connect': vi.fn(async () => {
      throw new CommandRejection(
        'TheFork refused these credentials: check the client id and secret.',
      );
    }),
    'platforms:disconnect': vi.fn(async () => ({ ok: true as const })),
    'sync:status': vi.fn(async () => {
      throw new Error('not used by these tests');
    }),
    'sync:now': vi.fn(async () => ({ ok: true as const })),
    'setup:state': vi.fn(async () => setupState),
    'setup:joinRelay': vi.fn(async () => setupState),
    'setup:standalone': vi.fn(async () => setupState),
    ...overrides,
  };
  const dispatch = createCommandDispatcher(
    handlers,
    createLogger({ level: 'debug', write: (l) => lines.push(l) }),
  );
  return { dispatch, handlers, lines };
}

describe('command dispatcher', () => {
  it('runs a known command with a valid request', async () => {
    const { dispatch } = setup();
    expect(await dispatch('desk:status', {})).toEqual({ ok: true, value: status });
    expect(await dispatch('desk:status', undefined)).toEqual({ ok: true, value: status });
  });

  it.each([
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'desk:delete',
    '',
    'x'.repeat(10_000),
    42,
    null,
    {},
    ['desk:status'],
  ])('refuses an unknown channel (%j) without calling anything', async (channel) => {
    const { dispatch, handlers } = setup();
    const result = await dispatch(channel, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_command' } });
    expect(handlers['desk:status']).not.toHaveBeenCalled();
    if (!result.ok) expect(result.error.message.length).toBeLessThan(200);
  });

  it.each([
    [{ extra: 1 }],
    ['a string'],
    [[1, 2]],
    [42],
    [JSON.parse('{"__proto__": {"polluted": true}}')],
  ])('refuses an invalid request %j with a clear message', async (request: unknown) => {
    const { dispatch, handlers } = setup();
    const result = await dispatch('desk:status', request);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    if (!result.ok)
      expect(result.error.message).toMatch(/^desk:status was called with invalid data/);
    expect(handlers['desk:status']).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns a handler failure into an internal error without leaking its details', async () => {
    const { dispatch, lines } = setup({
      'desk:status': async () => {
        throw new Error('SQLITE_CORRUPT at /secret/path');
      },
    });
    const result = await dispatch('desk:status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    if (!result.ok) expect(result.error.message).not.toContain('/secret/path');
    expect(lines.join('\n')).toContain('SQLITE_CORRUPT');
  });

  it('passes a refusal to the person in its own words', async () => {
    const { dispatch } = setup();
    const result = await dispatch('platforms:connect', {
      platform: 'thefork',
      restaurantId: 'r',
      credentials: { clientId: 'a', clientSecret: 'b' },
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'rejected',
        message: 'TheFork refused these credentials: check the client id and secret.',
      },
    });
  });

  it('refuses to send an answer that breaks the contract', async () => {
    const { dispatch } = setup({
      'desk:status': async () => ({ ...status, state: 'exploded' as 'ready' }),
    });
    expect(await dispatch('desk:status', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});
