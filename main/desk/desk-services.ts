import { CommandRejection, type CommandHandlers } from '../ipc/command-dispatcher';
import type { Clock, SecretBox } from '../ports';
import type { JoinRelayRequest, SetupState } from '../../shared/contract/setup-commands';
import type { SyncStatus } from '../../shared/contract/sync-commands';
import {
  PlatformConnectionError,
  type PlatformConnections,
} from '../platforms/platform-connections';

export interface DeskContext {
  runtime: 'electron' | 'browser';
  version: string;
  versions: { node: string; electron?: string; chrome?: string };
  dataDir: string;
  clock: Clock;
  secretBox: SecretBox;
  /** Absent only in tests of the shell commands. */
  platforms?: PlatformConnections;
  /** The desk's sync (engine, relay link); absent only in tests of the shell commands. */
  sync?: DeskSyncPort;
  setup?: DeskSetupPort;
}

/** What the Sync screen needs from the desk's sync. */
export interface DeskSyncPort {
  status(): Promise<SyncStatus>;
  /** Polls every platform and sends every waiting change now. */
  syncNow(): Promise<void>;
}

/** First launch: how this desk works (demo, standalone, enrolled with a relay). */
export interface DeskSetupPort {
  state(): Promise<SetupState>;
  /** Enrols with the relay; a refusal is a SetupRefusal with a sentence for the person. */
  joinRelay(request: JoinRelayRequest): Promise<SetupState>;
  standalone(): Promise<SetupState>;
}

/** A setup step the desk refused; the message says what to do. */
export class SetupRefusal extends Error {
  override readonly name = 'SetupRefusal';
}

/**
 * The desk's main-process services, the same in Electron and in browser mode: the handlers of
 * every contract command.
 */
export function createDeskServices(ctx: DeskContext): { handlers: CommandHandlers } {
  const startedAt = ctx.clock.now();
  const platforms = () => {
    if (!ctx.platforms) throw new Error('platform connections are not wired in this desk');
    return ctx.platforms;
  };
  const sync = () => {
    if (!ctx.sync) throw new Error('sync is not wired in this desk');
    return ctx.sync;
  };
  const setup = () => {
    if (!ctx.setup) throw new Error('setup is not wired in this desk');
    return ctx.setup;
  };
  const refusalsAsRejections = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof SetupRefusal) throw new CommandRejection(error.message);
      throw error;
    }
  };
  const handlers: CommandHandlers = {
    'app:info': async () => ({
      name: 'Couvert',
      version: ctx.version,
      runtime: ctx.runtime,
      versions: ctx.versions,
    }),
    'desk:status': async () => {
      const secretsOk = await ctx.secretBox.available();
      return {
        state: secretsOk ? 'ready' : 'degraded',
        dataDir: ctx.dataDir,
        startedAt: startedAt.toISOString(),
        uptimeSeconds: Math.max(0, (ctx.clock.now().getTime() - startedAt.getTime()) / 1000),
        secretBox: secretsOk ? ctx.secretBox.kind : 'unavailable',
      };
    },
    'platforms:list': async () => platforms().list(),
    'platforms:connect': async (request) => {
      if (!(await ctx.secretBox.available())) {
        throw new CommandRejection(
          'This computer has no safe place for passwords (no system keyring), so platforms cannot be connected.',
        );
      }
      try {
        return await platforms().connect(request);
      } catch (error) {
        if (error instanceof PlatformConnectionError) throw new CommandRejection(error.message);
        throw error;
      }
    },
    'platforms:disconnect': async (request) => {
      await platforms().disconnect(request.platform);
      return { ok: true as const };
    },
    'sync:status': async () => sync().status(),
    'sync:now': async () =>
      refusalsAsRejections(async () => {
        await sync().syncNow();
        return { ok: true as const };
      }),
    'setup:state': async () => setup().state(),
    'setup:joinRelay': async (request) => refusalsAsRejections(() => setup().joinRelay(request)),
    'setup:standalone': async () => refusalsAsRejections(() => setup().standalone()),
  };
  return { handlers };
}
