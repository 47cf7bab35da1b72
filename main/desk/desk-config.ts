import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { LogLevel } from '../ports';
import type { DeskArgs } from '../cli/args';

/**
 * One validated configuration file per desk (`couvert.json` in the data folder, or `--config`),
 * overridden by environment variables (CI), overridden by command-line options. Secrets never go
 * in it: the enrolment code comes from `--enrol-code` or COUVERT_ENROL_CODE, platform credentials
 * and the relay token are sealed in the data folder by the desk itself.
 */
export const DeskConfigFile = z.strictObject({
  /** Relative to the file's folder. */
  dataDir: z.string().min(1).optional(),
  /** true: the live demo; "static": the frozen demo restaurant; false: real use. */
  demo: z.union([z.boolean(), z.literal('static')]).optional(),
  /** The demo's simulators create, change and cancel bookings every few minutes. */
  demoActivity: z.boolean().optional(),
  /** The relay this desk enrols with (the code itself is not kept here). */
  relayUrl: z.url({ protocol: /^https?$/ }).optional(),
  deskName: z.string().trim().min(1).max(80).optional(),
  logLevel: z.enum(['debug', 'info', 'warn', 'error']).optional(),
  /** Where the platforms' APIs are: the real hosts by default; a staging host or a simulator. */
  platformEndpoints: z
    .strictObject({
      thefork: z
        .strictObject({
          apiBaseUrl: z.url({ protocol: /^https?$/ }).optional(),
          tokenUrl: z.url({ protocol: /^https?$/ }).optional(),
        })
        .optional(),
      formitable: z
        .strictObject({ apiBaseUrl: z.url({ protocol: /^https?$/ }).optional() })
        .optional(),
    })
    .optional(),
  port: z.int().min(0).max(65_535).optional(),
});
export type DeskConfigFile = z.infer<typeof DeskConfigFile>;

export type DeskMode = 'live-demo' | 'static-demo' | 'real';

export interface DeskConfig {
  /** The file read (it may not exist: then every value is a default). */
  readonly configFile: string;
  readonly dataDir: string;
  readonly mode: DeskMode;
  readonly demoActivity: boolean;
  readonly relayUrl: string | null;
  readonly enrolCode: string | null;
  readonly deskName: string | null;
  readonly logLevel: LogLevel;
  readonly port: number;
  readonly resetDemo: boolean;
  /** The demo folder whose relay a second desk joins. */
  readonly joinDemoOf: string | null;
  readonly platformEndpoints: NonNullable<DeskConfigFile['platformEndpoints']> | null;
}

export const CONFIG_FILE_NAME = 'couvert.json';

/** Reads a file; null when it does not exist. */
export type ReadText = (file: string) => Promise<string | null>;

/** The ReadText of both composition roots. */
export const readTextIfExists: ReadText = async (file) => {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

const ENV_KEYS = {
  COUVERT_DATA_DIR: 'dataDir',
  COUVERT_DEMO: 'demo',
  COUVERT_DEMO_ACTIVITY: 'demoActivity',
  COUVERT_RELAY_URL: 'relayUrl',
  COUVERT_DESK_NAME: 'deskName',
  COUVERT_LOG_LEVEL: 'logLevel',
  COUVERT_PORT: 'port',
} as const;

/** A configuration the desk cannot start with; the message says what to change. */
export class DeskConfigError extends Error {
  override readonly name = 'DeskConfigError';
}

export async function resolveDeskConfig(input: {
  args: DeskArgs;
  env: NodeJS.ProcessEnv;
  /** The user's application-data folder for Couvert. */
  appDataDir: string;
  /** When nothing says otherwise: the live demo under `npm start`, real use when installed. */
  defaultDemo: boolean;
  readText: ReadText;
}): Promise<DeskConfig> {
  const { args } = input;
  // An empty variable (common in CI) is unset: path.resolve('') would be the current folder.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(input.env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const root = path.resolve(args.dataDir ?? env.COUVERT_DATA_DIR ?? input.appDataDir);
  const configFile = path.resolve(
    args.configFile ?? env.COUVERT_CONFIG ?? path.join(root, CONFIG_FILE_NAME),
  );
  const file = await readConfigFile(configFile, input.readText);
  const fromEnv = readEnv(env);
  const merged: DeskConfigFile = { ...file, ...fromEnv };

  const demoSetting = args.demo ?? (merged.demo === undefined ? null : toMode(merged.demo));
  const secondDesk = args.secondDesk;
  const mode: DeskMode = secondDesk
    ? 'real'
    : demoSetting === 'live'
      ? 'live-demo'
      : demoSetting === 'static'
        ? 'static-demo'
        : demoSetting === 'off'
          ? 'real'
          : input.defaultDemo
            ? 'live-demo'
            : 'real';

  const explicitDir =
    args.dataDir ??
    env.COUVERT_DATA_DIR ??
    (file.dataDir === undefined ? undefined : path.resolve(path.dirname(configFile), file.dataDir));
  const appRoot = path.resolve(input.appDataDir);
  const dataDir = path.resolve(
    explicitDir ??
      (secondDesk
        ? path.join(appRoot, 'demo-desk-2')
        : mode === 'live-demo'
          ? path.join(appRoot, 'demo')
          : mode === 'static-demo'
            ? path.join(appRoot, 'static-demo')
            : appRoot),
  );
  if (args.resetDemo && mode === 'real' && !secondDesk) {
    throw new DeskConfigError(
      '--reset-demo only resets the demo. This desk is set up for real use, so nothing was deleted.',
    );
  }
  const relayUrl = args.relayUrl ?? merged.relayUrl ?? null;
  if (relayUrl !== null && !/^https?:\/\/[^\s]+$/.test(relayUrl)) {
    throw new DeskConfigError(
      `The relay address "${relayUrl}" is not a web address: it must start with https:// (or http:// on this computer).`,
    );
  }
  if (relayUrl !== null && (mode !== 'real' || secondDesk)) {
    throw new DeskConfigError(
      'A relay address is set, but this desk runs the demo, which brings its own relay. Start it with --no-demo to use your relay.',
    );
  }
  return {
    configFile,
    dataDir,
    mode,
    demoActivity: merged.demoActivity ?? true,
    relayUrl,
    enrolCode: args.enrolCode ?? env.COUVERT_ENROL_CODE ?? null,
    deskName: args.deskName ?? merged.deskName ?? null,
    logLevel: merged.logLevel ?? 'info',
    port: args.port ?? merged.port ?? 0,
    resetDemo: args.resetDemo,
    joinDemoOf: secondDesk ? path.resolve(args.secondDeskOf ?? path.join(appRoot, 'demo')) : null,
    platformEndpoints: endpointsOf(merged, env),
  };
}

/** The file's endpoints, each overridable by COUVERT_THEFORK_API_URL, _TOKEN_URL, COUVERT_FORMITABLE_API_URL. */
function endpointsOf(
  merged: DeskConfigFile,
  env: NodeJS.ProcessEnv,
): NonNullable<DeskConfigFile['platformEndpoints']> | null {
  const fromEnv = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value === '' ? undefined : value;
  };
  const forkApi =
    fromEnv('COUVERT_THEFORK_API_URL') ?? merged.platformEndpoints?.thefork?.apiBaseUrl;
  const forkToken =
    fromEnv('COUVERT_THEFORK_TOKEN_URL') ?? merged.platformEndpoints?.thefork?.tokenUrl;
  const formApi =
    fromEnv('COUVERT_FORMITABLE_API_URL') ?? merged.platformEndpoints?.formitable?.apiBaseUrl;
  const raw = {
    ...(forkApi || forkToken
      ? {
          thefork: {
            ...(forkApi ? { apiBaseUrl: forkApi } : {}),
            ...(forkToken ? { tokenUrl: forkToken } : {}),
          },
        }
      : {}),
    ...(formApi ? { formitable: { apiBaseUrl: formApi } } : {}),
  };
  if (Object.keys(raw).length === 0) return null;
  const parsed = DeskConfigFile.shape.platformEndpoints.safeParse(raw);
  if (!parsed.success || parsed.data === undefined) {
    throw new DeskConfigError(
      `A platform address (COUVERT_THEFORK_API_URL, COUVERT_THEFORK_TOKEN_URL or COUVERT_FORMITABLE_API_URL) is not a web address: ${parsed.error?.issues[0]?.message ?? 'empty'}.`,
    );
  }
  return parsed.data;
}

function toMode(value: boolean | 'static'): 'live' | 'static' | 'off' {
  return value === 'static' ? 'static' : value ? 'live' : 'off';
}

async function readConfigFile(file: string, readText: ReadText): Promise<DeskConfigFile> {
  const text = await readText(file);
  if (text === null) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DeskConfigError(
      `The configuration file ${file} is not valid JSON (${(error as Error).message}). Fix it or delete it to use the defaults.`,
    );
  }
  const parsed = DeskConfigFile.safeParse(json);
  if (!parsed.success)
    throw new DeskConfigError(`The configuration file ${file} ${explain(parsed.error)}`);
  return parsed.data;
}

function readEnv(env: NodeJS.ProcessEnv): DeskConfigFile {
  const raw: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    if (key === 'demo') raw[key] = value === 'static' ? 'static' : parseBool(name, value);
    else if (key === 'demoActivity') raw[key] = parseBool(name, value);
    else if (key === 'port') raw[key] = /^\d+$/.test(value) ? Number(value) : value;
    else raw[key] = value;
  }
  const parsed = DeskConfigFile.safeParse(raw);
  if (!parsed.success)
    throw new DeskConfigError(`An environment variable ${explain(parsed.error, true)}`);
  return parsed.data;
}

function parseBool(name: string, value: string): boolean {
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new DeskConfigError(`${name} must be 1 or 0 (true or false), not "${value}".`);
}

function explain(error: z.ZodError, env = false): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'is not valid.';
  if (issue.code === 'unrecognized_keys') {
    return `has settings Couvert does not know: ${issue.keys.join(', ')}. Known settings: ${Object.keys(DeskConfigFile.shape).join(', ')}. Secrets (enrolment codes, API keys) never go in this file.`;
  }
  if (issue.path.length === 0) return 'must hold one JSON object, for example { "demo": false }.';
  const key = issue.path.join('.');
  const name = env ? (Object.entries(ENV_KEYS).find(([, k]) => k === key)?.[0] ?? key) : `"${key}"`;
  return env
    ? `(${name}) is not valid: ${issue.message}.`
    : `has an invalid ${name}: ${issue.message}.`;
}

/** A configuration built in code (tests, benchmarks): real use in `dataDir` unless told. */
export function deskConfigFor(dataDir: string, overrides: Partial<DeskConfig> = {}): DeskConfig {
  return {
    configFile: path.join(dataDir, CONFIG_FILE_NAME),
    dataDir,
    mode: 'real',
    demoActivity: false,
    relayUrl: null,
    enrolCode: null,
    deskName: null,
    logLevel: 'info',
    port: 0,
    resetDemo: false,
    joinDemoOf: null,
    platformEndpoints: null,
    ...overrides,
  };
}
