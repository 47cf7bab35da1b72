import { describe, expect, it } from 'vitest';
import { createLogger, parseLogLevel, redact } from './logger';

describe('logger', () => {
  it('writes one JSON object per line with time, level and fields', () => {
    const lines: string[] = [];
    const log = createLogger({
      level: 'info',
      write: (l) => lines.push(l),
      now: () => new Date('2026-11-20T20:00:00Z'),
    });
    log.info('seated', { table: 'T4' });
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      time: '2026-11-20T20:00:00.000Z',
      level: 'info',
      message: 'seated',
      table: 'T4',
    });
  });

  it('drops lines below its level', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'warn', write: (l) => lines.push(l) });
    log.debug('a');
    log.info('b');
    log.warn('c');
    log.error('d');
    expect(lines.map((l) => (JSON.parse(l) as { message: string }).message)).toEqual(['c', 'd']);
  });

  it('never writes secrets, at any depth, and child loggers inherit fields', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'debug', write: (l) => lines.push(l) }).child({
      platform: 'thefork',
    });
    log.info('auth', {
      clientSecret: 's3cr3t',
      headers: { Authorization: 'Bearer abc', 'x-api-key': 'k' },
      list: [{ password: 'p' }],
      deviceToken: 'tok',
      enrolmentCode: 'code',
    });
    const text = lines.join('');
    for (const secret of ['s3cr3t', 'Bearer abc', '"k"', '"p"', 'tok', 'code"'])
      expect(text).not.toContain(secret);
    expect(text).toContain('"platform":"thefork"');
  });

  it('redact leaves ordinary values alone', () => {
    expect(redact({ a: 1, b: ['x'], c: null })).toEqual({ a: 1, b: ['x'], c: null });
  });

  it('parses log levels, defaulting to info', () => {
    expect(parseLogLevel('debug')).toBe('debug');
    expect(parseLogLevel('nonsense')).toBe('info');
    expect(parseLogLevel(undefined)).toBe('info');
  });
});
