import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/contract/bridge';
import { createLogger } from '../desk/logger';
import { isTrustedSender } from '../security/trusted-origin';
import type { InvokeEventLike, IpcRegistrar } from '../ports';
import { registerIpcCommands } from './register-ipc-commands';

type Listener = (event: InvokeEventLike, request: unknown) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcRegistrar = {
    handle: (channel, listener) => handlers.set(channel, listener),
    removeHandler: (channel) => handlers.delete(channel),
  };
  const dispatch = vi.fn(async (channel: unknown) => ({ ok: true as const, value: channel }));
  const unregister = registerIpcCommands({
    ipc,
    dispatch,
    isTrustedSender,
    log: createLogger({ level: 'error', write: () => undefined }),
  });
  const call = (channel: string, url: string | null, parent: unknown = null) => {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`not registered: ${channel}`);
    return listener({ senderFrame: url === null ? null : { url, parent } }, {});
  };
  return { handlers, dispatch, call, unregister };
}

describe('IPC registration', () => {
  it('registers exactly the contract channels, and removes them again', () => {
    const { handlers, unregister } = setup();
    expect([...handlers.keys()].sort()).toEqual([...channels].sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('passes calls from the app frame to the dispatcher', async () => {
    const { call, dispatch } = setup();
    expect(await call('desk:status', 'app://couvert/')).toEqual({ ok: true, value: 'desk:status' });
    expect(dispatch).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['no frame', null, null],
    ['a remote page', 'https://evil.example/', null],
    ['a file page', 'file:///tmp/x.html', null],
    ['a lookalike origin', 'app://couvert.evil/', null],
    ['an embedded frame', 'app://couvert/', {}],
  ])('refuses %s before validating anything', async (_label, url, parent) => {
    const { call, dispatch } = setup();
    expect(await call('desk:status', url, parent)).toMatchObject({
      ok: false,
      error: { code: 'untrusted_sender' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
