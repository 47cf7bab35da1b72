import { z } from 'zod';
import { commands } from './commands';

/** Types and helpers derived from `commands`. Nothing here names a channel by hand. */

export type Commands = typeof commands;
export type Channel = keyof Commands;
export type CommandRequest<C extends Channel> = z.input<Commands[C]['request']>;
export type ParsedRequest<C extends Channel> = z.output<Commands[C]['request']>;
export type CommandResponse<C extends Channel> = z.output<Commands[C]['response']>;

type MethodNameOf<C extends string> = C extends `${infer D}:${infer V}`
  ? `${D}${Capitalize<V>}`
  : never;

export const channels = Object.keys(commands) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(commands, value);
}

/** `desk:status` -> `deskStatus`: the name the renderer calls. */
export function methodNameOf<C extends Channel>(channel: C): MethodNameOf<C> {
  const [domain, verb] = channel.split(':') as [string, string];
  return `${domain}${verb.charAt(0).toUpperCase()}${verb.slice(1)}` as MethodNameOf<C>;
}

export const BridgeErrorCode = z.enum([
  'invalid_request',
  'unknown_command',
  'untrusted_sender',
  'unavailable',
  /** The desk refused the action for a reason the person can act on (the message says which). */
  'rejected',
  'internal',
]);
export type BridgeErrorCode = z.infer<typeof BridgeErrorCode>;

export const BridgeError = z.object({ code: BridgeErrorCode, message: z.string() });
export type BridgeError = z.infer<typeof BridgeError>;

/** What travels back over IPC or the WebSocket: errors are values, never thrown across. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export const EnvelopeShape = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: BridgeError }),
]);

/** One named function per command. */
export type CommandApi = {
  [C in Channel as MethodNameOf<C>]: (
    request: CommandRequest<C>,
  ) => Promise<Envelope<CommandResponse<C>>>;
};

/** The renderer's RxDB remote storage rides on this port (see storage-messages.ts). */
export interface StoragePort {
  post: (message: unknown) => void;
  /** Returns the function that stops the subscription. */
  subscribe: (listener: (message: unknown) => void) => () => void;
}

/** What the preload exposes as `window.couvert`: the commands, plus the storage port. */
export type PreloadApi = CommandApi & { storage: StoragePort };

/** The renderer's view: the same names, resolving to the value or throwing a CommandError. */
export type CouvertApi = {
  [C in Channel as MethodNameOf<C>]: (request: CommandRequest<C>) => Promise<CommandResponse<C>>;
};

export type Transport = (channel: Channel, request: unknown) => Promise<unknown>;

/** Builds the named functions from a transport. Used by the preload and the WebSocket bridge. */
export function buildCommandApi(send: Transport): CommandApi {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const channel of channels) {
    api[methodNameOf(channel)] = (request: unknown) => send(channel, request);
  }
  return Object.freeze(api) as unknown as CommandApi;
}

export function buildPreloadApi(send: Transport, storage: StoragePort): PreloadApi {
  return Object.freeze({ ...buildCommandApi(send), storage: Object.freeze({ ...storage }) });
}

export class CommandError extends Error {
  readonly code: BridgeErrorCode;
  constructor(error: BridgeError) {
    super(error.message);
    this.name = 'CommandError';
    this.code = error.code;
  }
}

/** Wraps the command functions so that calls resolve to values and failures throw `CommandError`. */
export function unwrapApi(preload: CommandApi): CouvertApi {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const channel of channels) {
    const name = methodNameOf(channel);
    const call = (preload as unknown as Record<string, (r: unknown) => Promise<unknown>>)[name];
    api[name] = async (request: unknown) => {
      if (!call)
        throw new CommandError({
          code: 'unavailable',
          message: `The desk does not offer ${channel}.`,
        });
      const parsed = EnvelopeShape.safeParse(await call(request));
      if (!parsed.success) {
        throw new CommandError({
          code: 'internal',
          message: `The desk sent an unreadable answer to ${channel}.`,
        });
      }
      if (!parsed.data.ok) throw new CommandError(parsed.data.error);
      return commands[channel].response.parse(parsed.data.value);
    };
  }
  return api as unknown as CouvertApi;
}
