import { describe, expect, it } from 'vitest';
import { captureLogger } from '../connectors/testing/capture-logger';
import { createSecretScrubber, REDACTED, scrubbingLogger } from './secret-scrubber';

describe('secret scrubber', () => {
  it('removes every occurrence of every secret, the longest first', () => {
    const s = createSecretScrubber(['abcdef123', 'abcdef123-long-token']);
    expect(s.scrub('x abcdef123-long-token y abcdef123 z')).toBe(`x ${REDACTED} y ${REDACTED} z`);
  });

  it('ignores secrets too short to be real', () => {
    const s = createSecretScrubber(['abc']);
    expect(s.scrub('abc abc')).toBe('abc abc');
  });

  it('scrubs nested values and errors', () => {
    const s = createSecretScrubber(['s3cr3t-value']);
    expect(
      s.scrubValue({
        a: ['s3cr3t-value'],
        b: { c: 'x s3cr3t-value' },
        d: new Error('s3cr3t-value'),
      }),
    ).toEqual({ a: [REDACTED], b: { c: `x ${REDACTED}` }, d: `Error: ${REDACTED}` });
  });

  it('wraps a logger so that no line carries a secret, children included', () => {
    const s = createSecretScrubber();
    const lines = captureLogger();
    const logger = scrubbingLogger(lines, s);
    s.add('token-added-later');
    logger
      .child({ t: 'token-added-later' })
      .warn('saw token-added-later', { deep: { v: 'token-added-later' } });
    expect(lines.text()).not.toContain('token-added-later');
    expect(lines.lines).toHaveLength(1);
  });
});
