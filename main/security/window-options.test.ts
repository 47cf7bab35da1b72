import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from './window-options';

describe('the main window is hardened', () => {
  const prefs = secureWebPreferences('/app/preload/index.cjs');

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
  ] as const)('sets %s to %s explicitly', (option, expected) => {
    expect(Object.hasOwn(prefs, option)).toBe(true);
    expect(prefs[option]).toBe(expected);
  });

  it('loads only the bundled CommonJS preload', () => {
    expect(prefs.preload).toBe('/app/preload/index.cjs');
    expect(prefs.preload.endsWith('.cjs')).toBe(true);
  });

  it('never turns on blink features or a remote module', () => {
    const keys = Object.keys(prefs);
    expect(keys).not.toContain('enableBlinkFeatures');
    expect(keys).not.toContain('enableRemoteModule');
    expect(keys).not.toContain('disableBlinkFeatures');
  });

  it('uses those preferences for the main window', () => {
    expect(mainWindowOptions('/p.cjs').webPreferences).toEqual(secureWebPreferences('/p.cjs'));
  });
});
