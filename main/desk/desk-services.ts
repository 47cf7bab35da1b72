import type { CommandHandlers } from '../ipc/command-dispatcher';
import type { Clock, SecretBox } from '../ports';

export interface DeskContext {
  runtime: 'electron' | 'browser';
  version: string;
  versions: { node: string; electron?: string; chrome?: string };
  dataDir: string;
  clock: Clock;
  secretBox: SecretBox;
}

/**
 * The desk's main-process services, the same in Electron and in browser mode.
 * Later issues add the store, the sync engine and the relay client here.
 */
export function createDeskServices(ctx: DeskContext): { handlers: CommandHandlers } {
  const startedAt = ctx.clock.now();
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
  };
  return { handlers };
}
