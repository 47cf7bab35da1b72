import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The renderer's web preferences. Every hardening option is set explicitly, even where Electron's
 * default is already safe, so that a change of default or a careless edit shows up in review and
 * fails window-options.test.ts.
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: true,
  } as const satisfies NonNullable<BrowserWindowConstructorOptions['webPreferences']>;
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    title: 'Couvert',
    backgroundColor: '#0f1216',
    show: false,
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(preloadPath),
  };
}
