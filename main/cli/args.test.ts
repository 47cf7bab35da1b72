import { describe, expect, it } from 'vitest';
import { parseDeskArgs, USAGE } from './args';

describe('desk arguments', () => {
  it('defaults to a free port and the default data folder', () => {
    expect(parseDeskArgs([])).toEqual({
      port: null,
      dataDir: null,
      configFile: null,
      browser: false,
      demo: null,
      resetDemo: false,
      secondDesk: false,
      secondDeskOf: null,
      relayUrl: null,
      enrolCode: null,
      deskName: null,
      help: false,
    });
  });

  it('reads --port, --data and --browser in both spellings', () => {
    expect(parseDeskArgs(['--port', '5173', '--data', '/tmp/d', '--browser'])).toMatchObject({
      port: 5173,
      dataDir: '/tmp/d',
      browser: true,
      demo: null,
    });
    expect(parseDeskArgs(['--port=8080', '--data=/x y'])).toMatchObject({
      port: 8080,
      dataDir: '/x y',
    });
  });

  it('reads --demo, which takes no value, and lists it in the usage', () => {
    expect(parseDeskArgs(['--demo'])).toMatchObject({ demo: 'live', browser: false });
    expect(parseDeskArgs(['--browser', '--demo', '--port', '0'])).toMatchObject({
      demo: 'live',
      browser: true,
    });
    expect(parseDeskArgs(['--static-demo']).demo).toBe('static');
    expect(parseDeskArgs(['--no-demo']).demo).toBe('off');
    expect(() => parseDeskArgs(['--demo', '--no-demo'])).toThrow(/cannot be combined/);
    expect(() => parseDeskArgs(['--second-desk', '--static-demo'])).toThrow(/live demo/);
    expect(parseDeskArgs(['--second-desk=/tmp/demo'])).toMatchObject({
      secondDesk: true,
      secondDeskOf: '/tmp/demo',
    });
    expect(() => parseDeskArgs(['--second-desk='])).toThrow(/needs the demo's data folder/);
    expect(() => parseDeskArgs(['--demo=yes'])).toThrow(/--demo takes no value/);
    expect(() => parseDeskArgs(['--demo='])).toThrow(/--demo takes no value/);
    expect(() => parseDeskArgs(['--Demo'])).toThrow(/Unknown option "--Demo"/);
    expect(USAGE).toMatch(/--demo {2,}\S/);
    expect(parseDeskArgs(['--no-sandbox', '--demo'], { ignoreUnknown: true }).demo).toBe('live');
  });

  it('reads a scripted enrolment, and refuses a code without its relay', () => {
    expect(
      parseDeskArgs([
        '--relay',
        'http://127.0.0.1:8787',
        '--enrol-code',
        'ABCD-1234',
        '--desk-name',
        'Bar',
      ]),
    ).toMatchObject({ relayUrl: 'http://127.0.0.1:8787', enrolCode: 'ABCD-1234', deskName: 'Bar' });
    expect(() => parseDeskArgs(['--enrol-code', 'ABCD'])).toThrow(/needs --relay/);
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
