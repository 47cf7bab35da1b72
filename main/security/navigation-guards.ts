import { isAppUrl } from './trusted-origin';

/** The part of Electron's WebContents the guards need. */
export interface GuardableContents {
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate',
    listener: (event: PreventableEvent, url?: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface PreventableEvent {
  preventDefault(): void;
  url?: string;
}

/**
 * Navigation, redirects, new windows and webviews are denied by default. The only navigation
 * allowed is within the app's own origin (a reload). A window.open to an allow-listed https link
 * is handed to the OS browser, and still denied inside the app.
 */
export function installNavigationGuards(
  contents: GuardableContents,
  deps: {
    openExternal: (url: unknown) => Promise<boolean>;
    warn: (message: string, fields: Record<string, unknown>) => void;
  },
): void {
  const denyUnlessApp = (kind: string) => (event: PreventableEvent, url?: string) => {
    const target = event.url ?? url;
    if (isAppUrl(target)) return;
    event.preventDefault();
    deps.warn(`blocked ${kind}`, { url: typeof target === 'string' ? target.slice(0, 200) : null });
  };
  contents.on('will-navigate', denyUnlessApp('navigation'));
  contents.on('will-frame-navigate', denyUnlessApp('frame navigation'));
  contents.on('will-redirect', denyUnlessApp('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.warn('blocked a webview', {});
  });
  contents.setWindowOpenHandler(({ url }) => {
    void deps.openExternal(url);
    return { action: 'deny' };
  });
}
