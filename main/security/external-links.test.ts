import { describe, expect, it, vi } from 'vitest';
import { openExternalSafely, parseAllowedExternalUrl } from './external-links';

describe('parseAllowedExternalUrl', () => {
  it.each([
    'https://www.thefork.com/',
    'https://manager.thefork.com/en/reservations?x=1',
    'https://WWW.ZENCHEF.COM/help',
  ])('allows an https link to an allow-listed host: %s', (url) =>
    expect(parseAllowedExternalUrl(url)).not.toBeNull(),
  );

  it.each([
    ['plain http', 'http://www.thefork.com/'],
    ['javascript', 'javascript:alert(document.cookie)'],
    ['file', 'file:///etc/passwd'],
    ['data', 'data:text/html;base64,PHNjcmlwdD4='],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://attacker/share'],
    ['unknown host', 'https://evil.example/'],
    ['allow-listed name as subdomain', 'https://www.thefork.com.evil.example/'],
    ['allow-listed name in user info', 'https://www.thefork.com@evil.example/'],
    ['credentials on an allowed host', 'https://user:pass@www.thefork.com/'],
    ['explicit port', 'https://www.thefork.com:8443/'],
    ['homograph (Cyrillic o)', 'https://www.thefоrk.com/'],
    ['backslash trick', 'https:\\\\evil.example\\www.thefork.com'],
    ['leading space', ' https://www.thefork.com/'],
    ['embedded newline', 'https://www.thefork.com/\nhttps://evil.example'],
    ['NUL byte', 'https://www.thefork.com/\u0000'],
    ['protocol-relative', '//www.thefork.com/'],
    ['empty', ''],
    ['too long', `https://www.thefork.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, url) => expect(parseAllowedExternalUrl(url)).toBeNull());

  it.each([undefined, null, 1, {}, ['https://www.thefork.com/']])(
    'refuses a non-string (%j)',
    (value) => {
      expect(parseAllowedExternalUrl(value)).toBeNull();
    },
  );
});

describe('openExternalSafely', () => {
  it('opens only the normalised, allowed URL', async () => {
    const open = vi.fn(async () => undefined);
    const warn = vi.fn();
    expect(await openExternalSafely('https://www.thefork.com/a b', { open, warn })).toBe(false);
    expect(await openExternalSafely('https://www.thefork.com/a', { open, warn })).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://www.thefork.com/a');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('never calls the opener for a refused link', async () => {
    const open = vi.fn(async () => undefined);
    for (const url of ['javascript:1', 'file:///x', 'https://evil.example/']) {
      await openExternalSafely(url, { open, warn: () => undefined });
    }
    expect(open).not.toHaveBeenCalled();
  });
});
