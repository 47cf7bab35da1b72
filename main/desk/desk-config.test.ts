import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeskArgs, type DeskArgs } from '../cli/args';
import {
  CONFIG_FILE_NAME,
  DeskConfigError,
  deskConfigFor,
  resolveDeskConfig,
  type ReadText,
} from './desk-config';

const APP = path.resolve('/tmp/couvert-app');

/** No options on the command line, then the test's. */
function args(overrides: Partial<DeskArgs> = {}): DeskArgs {
  return { ...parseDeskArgs([]), ...overrides };
}

/** An in-memory file system: path → text; records what was read. */
function files(entries: Record<string, string> = {}): ReadText & { read: string[] } {
  const read: string[] = [];
  const fn = (file: string) => {
    read.push(file);
    return Promise.resolve(entries[file] ?? null);
  };
  return Object.assign(fn, { read });
}

const resolve = (
  input: {
    args?: Partial<DeskArgs>;
    env?: NodeJS.ProcessEnv;
    files?: Record<string, string>;
    defaultDemo?: boolean;
  } = {},
) =>
  resolveDeskConfig({
    args: args(input.args),
    env: input.env ?? {},
    appDataDir: APP,
    defaultDemo: input.defaultDemo ?? false,
    readText: files(input.files),
  });

const refusal = async (promise: Promise<unknown>): Promise<string> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeskConfigError);
  return (error as Error).message;
};

const defaultFile = path.join(APP, CONFIG_FILE_NAME);

describe('resolveDeskConfig: defaults', () => {
  it('runs the live demo under <appData>/demo when the default is the demo', async () => {
    const config = await resolve({ defaultDemo: true });
    expect(config).toMatchObject({
      configFile: defaultFile,
      dataDir: path.join(APP, 'demo'),
      mode: 'live-demo',
      demoActivity: true,
      relayUrl: null,
      enrolCode: null,
      deskName: null,
      logLevel: 'info',
      port: 0,
      resetDemo: false,
      joinDemoOf: null,
    });
  });

  it('is real use in <appData> itself otherwise', async () => {
    const config = await resolve({ defaultDemo: false });
    expect(config.mode).toBe('real');
    expect(config.dataDir).toBe(APP);
  });

  it('puts the static demo in its own folder', async () => {
    const config = await resolve({ args: { demo: 'static' } });
    expect(config.mode).toBe('static-demo');
    expect(config.dataDir).toBe(path.join(APP, 'static-demo'));
  });

  it('--second-desk is a real desk in <appData>/demo-desk-2 joining <appData>/demo', async () => {
    const config = await resolve({ args: { secondDesk: true }, defaultDemo: true });
    expect(config.mode).toBe('real');
    expect(config.dataDir).toBe(path.join(APP, 'demo-desk-2'));
    expect(config.joinDemoOf).toBe(path.join(APP, 'demo'));
  });

  it('deskConfigFor builds real use in the given folder, with overrides', () => {
    const dir = path.resolve('/tmp/x');
    expect(deskConfigFor(dir)).toMatchObject({
      configFile: path.join(dir, CONFIG_FILE_NAME),
      dataDir: dir,
      mode: 'real',
      demoActivity: false,
      relayUrl: null,
      port: 0,
    });
    expect(deskConfigFor(dir, { mode: 'live-demo', port: 9 })).toMatchObject({
      mode: 'live-demo',
      port: 9,
      dataDir: dir,
    });
  });
});

describe('resolveDeskConfig: precedence CLI > env > file > defaults', () => {
  const file = JSON.stringify({
    demo: 'static',
    demoActivity: false,
    deskName: 'From file',
    logLevel: 'warn',
    port: 4000,
  });

  it('takes the file over the defaults', async () => {
    const config = await resolve({ files: { [defaultFile]: file }, defaultDemo: true });
    expect(config).toMatchObject({
      mode: 'static-demo',
      demoActivity: false,
      deskName: 'From file',
      logLevel: 'warn',
      port: 4000,
    });
  });

  it('takes the environment over the file', async () => {
    const config = await resolve({
      files: { [defaultFile]: file },
      env: {
        COUVERT_DEMO: '0',
        COUVERT_DEMO_ACTIVITY: 'yes',
        COUVERT_DESK_NAME: 'From env',
        COUVERT_LOG_LEVEL: 'debug',
        COUVERT_PORT: '5000',
        COUVERT_ENROL_CODE: 'env-code',
      },
    });
    expect(config).toMatchObject({
      mode: 'real',
      demoActivity: true,
      deskName: 'From env',
      logLevel: 'debug',
      port: 5000,
      enrolCode: 'env-code',
    });
  });

  it('takes the command line over the environment and the file', async () => {
    const config = await resolve({
      files: { [defaultFile]: file },
      env: { COUVERT_DEMO: 'static', COUVERT_DESK_NAME: 'From env', COUVERT_PORT: '5000' },
      args: { demo: 'off', deskName: 'From CLI', port: 6000, enrolCode: 'cli-code' },
      defaultDemo: true,
    });
    expect(config).toMatchObject({
      mode: 'real',
      deskName: 'From CLI',
      port: 6000,
      enrolCode: 'cli-code',
    });
  });

  it('takes the relay address from the command line over env and file', async () => {
    const fileText = JSON.stringify({ relayUrl: 'https://file.example' });
    const config = await resolve({
      files: { [defaultFile]: fileText },
      env: { COUVERT_RELAY_URL: 'https://env.example' },
      args: { relayUrl: 'https://cli.example' },
    });
    expect(config.relayUrl).toBe('https://cli.example');
    const fromEnv = await resolve({
      files: { [defaultFile]: fileText },
      env: { COUVERT_RELAY_URL: 'https://env.example' },
    });
    expect(fromEnv.relayUrl).toBe('https://env.example');
  });

  it('treats empty environment variables as unset (not as the current folder)', async () => {
    const config = await resolve({
      env: { COUVERT_DATA_DIR: '', COUVERT_CONFIG: '', COUVERT_ENROL_CODE: '', COUVERT_PORT: '' },
    });
    expect(config.dataDir).toBe(APP);
    expect(config.configFile).toBe(defaultFile);
    expect(config.enrolCode).toBeNull();
    expect(config.port).toBe(0);
  });
});

describe('resolveDeskConfig: where the file is', () => {
  it('reads --config over COUVERT_CONFIG over <dataDir>/couvert.json', async () => {
    const cli = path.resolve('/etc/cli.json');
    const env = path.resolve('/etc/env.json');
    const read = files();
    const config = await resolveDeskConfig({
      args: args({ configFile: cli }),
      env: { COUVERT_CONFIG: env },
      appDataDir: APP,
      defaultDemo: false,
      readText: read,
    });
    expect(config.configFile).toBe(cli);
    expect(read.read).toEqual([cli]);

    const fromEnv = await resolve({ env: { COUVERT_CONFIG: env } });
    expect(fromEnv.configFile).toBe(env);

    const dataDir = path.resolve('/srv/desk');
    const inData = await resolve({ args: { dataDir } });
    expect(inData.configFile).toBe(path.join(dataDir, CONFIG_FILE_NAME));
    expect(inData.dataDir).toBe(dataDir);
    const inEnvData = await resolve({ env: { COUVERT_DATA_DIR: dataDir } });
    expect(inEnvData.configFile).toBe(path.join(dataDir, CONFIG_FILE_NAME));
  });

  it('resolves a relative dataDir of the file against the file’s folder', async () => {
    const cfg = path.resolve('/etc/couvert/desk.json');
    const config = await resolve({
      args: { configFile: cfg },
      files: { [cfg]: JSON.stringify({ dataDir: 'data' }) },
    });
    expect(config.dataDir).toBe(path.resolve('/etc/couvert/data'));
  });

  it('lets --data and COUVERT_DATA_DIR win over the file’s dataDir', async () => {
    const cfg = path.resolve('/etc/couvert/desk.json');
    const fileText = JSON.stringify({ dataDir: 'data' });
    const cli = await resolve({
      args: { configFile: cfg, dataDir: '/srv/cli' },
      env: { COUVERT_DATA_DIR: '/srv/env' },
      files: { [cfg]: fileText },
    });
    expect(cli.dataDir).toBe(path.resolve('/srv/cli'));
    const env = await resolve({
      args: { configFile: cfg },
      env: { COUVERT_DATA_DIR: '/srv/env' },
      files: { [cfg]: fileText },
    });
    expect(env.dataDir).toBe(path.resolve('/srv/env'));
  });
});

describe('resolveDeskConfig: hostile and malformed input', () => {
  const withFile = (text: string) => resolve({ files: { [defaultFile]: text } });

  it('refuses a file that is not JSON, naming the file', async () => {
    const message = await refusal(withFile('{ "demo": true, '));
    expect(message).toContain(defaultFile);
    expect(message).toMatch(/not valid JSON/);
  });

  it('refuses a file that is JSON but not an object', async () => {
    for (const text of ['null', '[]', '"demo"', '42']) {
      const message = await refusal(withFile(text));
      expect(message).toContain(defaultFile);
      expect(message).toMatch(/JSON object/);
    }
  });

  it('refuses unknown keys, listing the known ones and saying secrets never go there', async () => {
    const message = await refusal(withFile(JSON.stringify({ colour: 'red' })));
    expect(message).toContain('colour');
    expect(message).toContain('relayUrl');
    expect(message).toMatch(/Secrets .* never go in this file/);
  });

  it('refuses secret-looking keys', async () => {
    for (const key of ['enrolCode', 'apiKey', 'token', '__proto__']) {
      const message = await refusal(withFile(`{ "${key}": "s3cret-value" }`));
      expect(message).toMatch(/never go in this file/);
      expect(message).not.toContain('s3cret-value');
    }
  });

  it('refuses wrong types, naming the setting', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ port: '8080' }, '"port"'],
      [{ port: 70_000 }, '"port"'],
      [{ port: 1.5 }, '"port"'],
      [{ demo: 'yes' }, '"demo"'],
      [{ demoActivity: 1 }, '"demoActivity"'],
      [{ logLevel: 'verbose' }, '"logLevel"'],
      [{ deskName: '   ' }, '"deskName"'],
      [{ dataDir: '' }, '"dataDir"'],
    ];
    for (const [content, name] of cases) {
      const message = await refusal(withFile(JSON.stringify(content)));
      expect(message).toContain(name);
      expect(message).toContain(defaultFile);
    }
  });

  it('refuses bad environment values, naming the variable', async () => {
    expect(await refusal(resolve({ env: { COUVERT_DEMO: 'maybe' } }))).toMatch(
      /COUVERT_DEMO must be 1 or 0.*"maybe"/,
    );
    expect(await refusal(resolve({ env: { COUVERT_DEMO_ACTIVITY: '2' } }))).toContain(
      'COUVERT_DEMO_ACTIVITY',
    );
    expect(await refusal(resolve({ env: { COUVERT_PORT: 'abc' } }))).toContain('COUVERT_PORT');
    expect(await refusal(resolve({ env: { COUVERT_PORT: '99999' } }))).toContain('COUVERT_PORT');
    expect(await refusal(resolve({ env: { COUVERT_LOG_LEVEL: 'loud' } }))).toContain(
      'COUVERT_LOG_LEVEL',
    );
  });

  it('refuses a relay address that is not http(s), wherever it comes from', async () => {
    for (const url of [
      'javascript:alert(1)',
      'ftp://relay.example',
      'relay.example',
      'file:///x',
    ]) {
      expect(await refusal(resolve({ args: { relayUrl: url } }))).toMatch(/not a web address/);
      expect(await refusal(resolve({ env: { COUVERT_RELAY_URL: url } }))).toContain(
        'COUVERT_RELAY_URL',
      );
      expect(await refusal(withFile(JSON.stringify({ relayUrl: url })))).toContain('"relayUrl"');
    }
    const ok = await resolve({ args: { relayUrl: 'http://127.0.0.1:8080' } });
    expect(ok.relayUrl).toBe('http://127.0.0.1:8080');
  });

  it('refuses a relay address with the demo', async () => {
    expect(
      await refusal(resolve({ args: { relayUrl: 'https://relay.example' }, defaultDemo: true })),
    ).toMatch(/--no-demo/);
    expect(
      await refusal(
        resolve({
          args: { demo: 'static' },
          files: { [defaultFile]: JSON.stringify({ relayUrl: 'https://relay.example' }) },
        }),
      ),
    ).toMatch(/demo/);
  });

  it('refuses --reset-demo in real use (nothing deleted), allows it for the demo', async () => {
    const message = await refusal(resolve({ args: { resetDemo: true, demo: 'off' } }));
    expect(message).toMatch(/nothing was deleted/);
    const demo = await resolve({ args: { resetDemo: true }, defaultDemo: true });
    expect(demo.resetDemo).toBe(true);
    expect(demo.mode).toBe('live-demo');
  });
});

describe('resolveDeskConfig: platform addresses (staging hosts, simulators)', () => {
  it('reads them from the file, each overridable by the environment', async () => {
    const file = JSON.stringify({
      platformEndpoints: {
        thefork: {
          apiBaseUrl: 'http://127.0.0.1:4010/manager',
          tokenUrl: 'http://127.0.0.1:4010/oauth/token',
        },
        formitable: { apiBaseUrl: 'http://127.0.0.1:4020/api/v1.2' },
      },
    });
    const config = await resolve({
      files: { [defaultFile]: file },
      env: { COUVERT_FORMITABLE_API_URL: 'https://staging.example.com/api/v1.2' },
    });
    expect(config.platformEndpoints).toEqual({
      thefork: {
        apiBaseUrl: 'http://127.0.0.1:4010/manager',
        tokenUrl: 'http://127.0.0.1:4010/oauth/token',
      },
      formitable: { apiBaseUrl: 'https://staging.example.com/api/v1.2' },
    });
    expect((await resolve()).platformEndpoints).toBeNull();
  });

  it('refuses an address that is not http(s), and unknown platforms', async () => {
    expect(
      await refusal(resolve({ env: { COUVERT_THEFORK_API_URL: 'javascript:alert(1)' } })),
    ).toMatch(/COUVERT_THEFORK_API_URL/);
    const unknownPlatform = JSON.stringify({
      platformEndpoints: { opentable: { apiBaseUrl: 'https://x.example' } },
    });
    expect(await refusal(resolve({ files: { [defaultFile]: unknownPlatform } }))).toMatch(
      /invalid|does not know/,
    );
  });
});
