import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args';

describe('sim command line', () => {
  it('parses a simulator, its port and relay', () => {
    expect(
      parseCliArgs([
        'thefork',
        '--port',
        '4010',
        '--relay',
        'http://127.0.0.1:8787/hooks/t1/thefork',
      ]),
    ).toEqual({
      platform: 'thefork',
      port: 4010,
      relay: 'http://127.0.0.1:8787/hooks/t1/thefork',
      seed: 1,
      bookings: 6,
    });
    expect(parseCliArgs(['formitable']).port).toBe(0);
  });

  it.each([
    [[], 'exactly one'],
    [['opentable'], 'platform'],
    [['thefork', '--port', '99999'], '--port'],
    [['thefork', '--port', 'http'], '--port'],
    [['thefork', '--relay', 'ftp://x'], '--relay'],
    [['thefork', '--relay', 'not a url'], '--relay'],
    [['thefork', '--verbose'], 'Unknown option'],
    [['thefork', '--webhook-secret', `whsec_${'A'.repeat(44)}`], 'for formitable'],
    [['formitable', '--webhook-secret', 'secret'], 'whsec_'],
    [['thefork', '--webhook-token', 'short'], 'URL-safe'],
  ])('refuses %j with a reason and the usage', (argv, reason) => {
    expect(() => parseCliArgs(argv)).toThrow(reason);
    expect(() => parseCliArgs(argv)).toThrow('Usage: npm run sim');
  });
});
