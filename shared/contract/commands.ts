import { z } from 'zod';
import { ConnectablePlatform, ConnectPlatformRequest, PlatformSummary } from './platform-commands';
import { JoinRelayRequest, SetupState } from './setup-commands';
import { SyncStatus } from './sync-commands';

/**
 * The one bridge contract between the renderer and the main process.
 * Every command is `domain:verb` -> { request, response }. The main-process registration,
 * the preload's named functions, the browser-mode WebSocket bridge and the renderer's types
 * are all derived from this object; nothing else declares a channel.
 */

const NoArguments = z.object({}).strict();

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  runtime: z.enum(['electron', 'browser']),
  versions: z.object({
    node: z.string(),
    electron: z.string().optional(),
    chrome: z.string().optional(),
  }),
});

export const SecretBoxKind = z.enum(['os-keychain', 'local-key-file', 'unavailable']);

export const DeskStatus = z.object({
  state: z.enum(['ready', 'degraded']),
  dataDir: z.string(),
  startedAt: z.iso.datetime(),
  uptimeSeconds: z.number().nonnegative(),
  secretBox: SecretBoxKind,
});

export const commands = {
  'app:info': { request: NoArguments, response: AppInfo },
  'desk:status': { request: NoArguments, response: DeskStatus },
  'platforms:list': { request: NoArguments, response: z.array(PlatformSummary) },
  'platforms:connect': { request: ConnectPlatformRequest, response: PlatformSummary },
  'platforms:disconnect': {
    request: z.strictObject({ platform: ConnectablePlatform }),
    response: z.object({ ok: z.literal(true) }),
  },
  'sync:status': { request: NoArguments, response: SyncStatus },
  /** Poll every platform and send every waiting change now, without waiting for the retry times. */
  'sync:now': { request: NoArguments, response: z.object({ ok: z.literal(true) }) },
  'setup:state': { request: NoArguments, response: SetupState },
  /** Enrol this desk with a relay (one-time code), then replicate and sync through it. */
  'setup:joinRelay': { request: JoinRelayRequest, response: SetupState },
  /** Work offline-only, without a relay, until one is set. */
  'setup:standalone': { request: NoArguments, response: SetupState },
} as const;

export type AppInfo = z.infer<typeof AppInfo>;
export type DeskStatus = z.infer<typeof DeskStatus>;
