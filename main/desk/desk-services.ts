import { CommandRejection, type CommandHandlers } from '../ipc/command-dispatcher';
import type { Clock, SecretBox } from '../ports';
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
  };
  return { handlers };
}
