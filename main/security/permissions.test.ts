import { describe, expect, it } from 'vitest';
import { permissionCheckHandler, permissionRequestHandler } from './permissions';

const ALL = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'hid',
  'serial',
  'usb',
  'unknown',
];

describe('permission requests', () => {
  it.each(ALL)('denies %s by default', (permission) => {
    let granted: boolean | null = null;
    permissionRequestHandler()(null, permission, (g) => (granted = g), {
      requestingUrl: 'app://couvert/',
    });
    expect(granted).toBe(false);
    expect(permissionCheckHandler()(null, permission, 'app://couvert')).toBe(false);
  });

  it('grants an allow-listed permission to the app only', () => {
    const allowed = new Set(['clipboard-sanitized-write']);
    const answers: boolean[] = [];
    const handler = permissionRequestHandler(allowed);
    handler(null, 'clipboard-sanitized-write', (g) => answers.push(g), {
      requestingUrl: 'app://couvert/index.html',
    });
    handler(null, 'clipboard-sanitized-write', (g) => answers.push(g), {
      requestingUrl: 'https://evil.example/',
    });
    handler(null, 'clipboard-sanitized-write', (g) => answers.push(g), {});
    expect(answers).toEqual([true, false, false]);
    expect(
      permissionCheckHandler(allowed)(null, 'clipboard-sanitized-write', 'https://evil.example'),
    ).toBe(false);
  });
});
