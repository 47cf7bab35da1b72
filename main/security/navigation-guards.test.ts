import { describe, expect, it, vi } from 'vitest';
import {
  installNavigationGuards,
  type GuardableContents,
  type PreventableEvent,
} from './navigation-guards';

type Listener = (event: PreventableEvent, url?: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardableContents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => (openHandler = handler),
  };
  const fire = (event: string, url?: string) => {
    const e = { preventDefault: vi.fn(), url };
    const listener = listeners.get(event);
    if (!listener) throw new Error(`no listener for ${event}`);
    listener(e, url);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

function setup() {
  const fake = fakeContents();
  const openExternal = vi.fn(async () => true);
  const warn = vi.fn();
  installNavigationGuards(fake.contents, { openExternal, warn });
  return { ...fake, openExternal, warn };
}

describe('navigation guards', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s away from the app is prevented',
    (event) => {
      const { fire, warn } = setup();
      for (const url of [
        'https://evil.example/',
        'file:///etc/passwd',
        'http://127.0.0.1:1/',
        'javascript:alert(1)',
        'app://evil/',
      ]) {
        expect(fire(event, url)).toBe(true);
      }
      expect(fire(event, undefined)).toBe(true);
      expect(warn).toHaveBeenCalled();
    },
  );

  it('lets the app reload itself', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'app://couvert/')).toBe(false);
  });

  it('refuses every webview', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('denies new windows, and hands the link to the safe opener', () => {
    const { open, openExternal } = setup();
    expect(open('https://www.thefork.com/')).toEqual({ action: 'deny' });
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open('app://couvert/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(3);
  });
});
