import { describe, expect, it } from 'vitest';
import { buildCsp } from './csp';

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  );

describe('content security policy', () => {
  it('denies by default and allows scripts and styles from the app only', () => {
    const d = directives(buildCsp());
    expect(d.get('default-src')).toEqual(["'none'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('never allows inline code, eval or wildcards', () => {
    const csp = buildCsp({ connectSrc: ['wss://relay.example'] });
    for (const bad of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'wasm-unsafe-eval'",
      ' * ',
      'http:',
      'data: ;',
    ]) {
      expect(csp).not.toContain(bad);
    }
  });

  it('adds the relay to connect-src only', () => {
    const d = directives(
      buildCsp({ connectSrc: ['https://relay.example', 'wss://relay.example'] }),
    );
    expect(d.get('connect-src')).toEqual([
      "'self'",
      'https://relay.example',
      'wss://relay.example',
    ]);
    expect(d.get('script-src')).toEqual(["'self'"]);
  });
});
