import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedSender } from './trusted-origin';

describe('isAppUrl', () => {
  it.each(['app://couvert/', 'app://couvert/index.html', 'app://couvert/assets/x.js?v=1#top'])(
    'accepts the app origin: %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    ['file', 'file:///etc/passwd'],
    ['http', 'http://couvert/'],
    ['https lookalike', 'https://couvert/'],
    ['other host', 'app://evil/'],
    ['suffix host', 'app://couvert.evil.com/'],
    ['credentials', 'app://couvert@evil/'],
    ['user info on app', 'app://user:pw@couvert/'],
    ['port', 'app://couvert:8080/'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>1</script>'],
    ['about', 'about:blank'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['empty', ''],
    ['garbage', 'not a url'],
    ['huge', `app://couvert/${'a'.repeat(5000)}`],
  ])('refuses %s', (_label, url) => expect(isAppUrl(url)).toBe(false));

  it.each([undefined, null, 42, {}, ['app://couvert/']])('refuses non-strings (%j)', (value) => {
    expect(isAppUrl(value)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the app top-level frame', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://couvert/', parent: null } })).toBe(true);
  });
  it('refuses a missing frame (destroyed or navigated away)', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });
  it('refuses a sub-frame even on the app origin', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://couvert/', parent: {} } })).toBe(false);
  });
  it('refuses a top-level frame on another origin', () => {
    expect(isTrustedSender({ senderFrame: { url: 'https://evil.example/', parent: null } })).toBe(
      false,
    );
  });
});
