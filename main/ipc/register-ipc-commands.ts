import { channels } from '../../shared/contract/bridge';
import type { InvokeEventLike, IpcRegistrar, Logger } from '../ports';
import type { Dispatch } from './command-dispatcher';

/**
 * Registers one `ipcMain.handle` per contract channel. Each call first checks that the sender is
 * the app's own top-level frame, then hands the raw input to the dispatcher (which validates it).
 */
export function registerIpcCommands(deps: {
  ipc: IpcRegistrar;
  dispatch: Dispatch;
  isTrustedSender: (event: InvokeEventLike) => boolean;
  log: Logger;
}): () => void {
  for (const channel of channels) {
    deps.ipc.handle(channel, async (event, request) => {
      if (!deps.isTrustedSender(event)) {
        deps.log.warn('refused an IPC call from an untrusted frame', {
          channel,
          url: event.senderFrame?.url.slice(0, 200) ?? null,
        });
        return {
          ok: false,
          error: {
            code: 'untrusted_sender',
            message: 'This window is not allowed to call the desk.',
          },
        };
      }
      return deps.dispatch(channel, request);
    });
  }
  return () => {
    for (const channel of channels) deps.ipc.removeHandler(channel);
  };
}
