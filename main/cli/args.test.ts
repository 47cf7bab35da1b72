import { describe, expect, it } from 'vitest';
import { parseDeskArgs, USAGE } from './args';

describe('desk arguments', () => {
  it('defaults to a free port and the default data folder', () => {
    expect(parseDeskArgs([])).toEqual({
      port: 0,
      dataDir: null,
      browser: false,
      demo: false,
      help: false,
    });
  });

  it('reads --port, --data and --browser in both spellings', () => {
    expect(parseDeskArgs(['--port', '5173', '--data', '/tmp/d', '--browser'])).toEqual({
      port: 5173,
      dataDir: '/tmp/d',
      browser: true,
      demo: false,
      help: false,
    });
    expect(parseDeskArgs(['--port=8080', '--data=/x y'])).toMatchObject({
      port: 8080,
      dataDir: '/x y',
    });
  });

  it('reads --demo, which takes no value, and lists it in the usage', () => {
    expect(parseDeskArgs(['--demo'])).toMatchObject({ demo: true, browser: false });
    expect(parseDeskArgs(['--browser', '--demo', '--port', '0'])).toMatchObject({
      demo: true,
      browser: true,
    });
    expect(() => parseDeskArgs(['--demo=yes'])).toThrow(/--demo takes no value/);
    expect(() => parseDeskArgs(['--demo='])).toThrow(/--demo takes no value/);
    expect(() => parseDeskArgs(['--Demo'])).toThrow(/Unknown option "--Demo"/);
    expect(USAGE).toMatch(/--demo {2,}\S/);
    expect(parseDeskArgs(['--no-sandbox', '--demo'], { ignoreUnknown: true }).demo).toBe(true);
  });

  it.each([
    ['--port', 'abc'],
    ['--port', '-1'],
    ['--port', '65536'],
    ['--port', '1e3'],
    ['--port', '80.5'],
    ['--port', ' 80'],
  ])('refuses %s %j with a sentence', (flag, value) => {
    expect(() => parseDeskArgs([flag, value])).toThrow(
      /--port must be a whole number from 0 to 65535/,
    );
  });

  it('says which value is missing', () => {
    expect(() => parseDeskArgs(['--data'])).toThrow(/--data needs a value/);
    expect(() => parseDeskArgs(['--data', '--port', '1'])).toThrow(/--data needs a value/);
  });

  it('refuses unknown options, except under Electron where Chromium adds its own', () => {
    expect(() => parseDeskArgs(['--inspect'])).toThrow(/Unknown option "--inspect"/);
    expect(parseDeskArgs(['--no-sandbox', '--port', '3'], { ignoreUnknown: true })).toMatchObject({
      port: 3,
    });
  });
});
