import { commands } from '../../shared/contract/commands';
import {
  isChannel,
  type Channel,
  type CommandResponse,
  type Envelope,
  type ParsedRequest,
} from '../../shared/contract/bridge';
import type { Logger } from '../ports';

export type CommandHandlers = {
  [C in Channel]: (request: ParsedRequest<C>) => Promise<CommandResponse<C>>;
};

/** Thrown by a handler to refuse an action with a sentence the person can act on. */
export class CommandRejection extends Error {
  override readonly name = 'CommandRejection';
}

export type Dispatch = (channel: unknown, request: unknown) => Promise<Envelope<unknown>>;

/**
 * Validates the channel and the request with the contract, runs the handler and checks its answer.
 * Transport-independent: the Electron IPC registration and the WebSocket bridge both call it.
 */
export function createCommandDispatcher(handlers: CommandHandlers, log: Logger): Dispatch {
  return async (channel, request) => {
    if (!isChannel(channel)) {
      return fail('unknown_command', `There is no command called ${describeChannel(channel)}.`);
    }
    const spec = commands[channel];
    const parsed = spec.request.safeParse(request ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      return fail(
        'invalid_request',
        `${channel} was called with invalid data${where}: ${issue?.message ?? 'unknown problem'}.`,
      );
    }
    try {
      const handler = handlers[channel] as (r: unknown) => Promise<unknown>;
      const value = spec.response.parse(await handler(parsed.data));
      return { ok: true, value };
    } catch (error) {
      if (error instanceof CommandRejection) {
        return { ok: false, error: { code: 'rejected', message: error.message } };
      }
      log.error('command failed', {
        channel,
        error: error instanceof Error ? error.message : String(error),
      });
      return fail(
        'internal',
        `${channel} failed inside the desk. The details are in the desk's log.`,
      );
    }
  };
}

function fail(
  code: 'unknown_command' | 'invalid_request' | 'internal',
  message: string,
): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function describeChannel(channel: unknown): string {
  if (typeof channel !== 'string') return `(a ${typeof channel})`;
  return JSON.stringify(channel.slice(0, 64));
}
