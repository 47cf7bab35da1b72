import { createCommandDispatcher, type Dispatch } from '../ipc/command-dispatcher';
import type { Clock, Logger, SecretBox } from '../ports';
import { createDeskServices } from './desk-services';

/** Everything the desk runs, built from ports. Called by both composition roots. */
export function assembleDesk(deps: {
  runtime: 'electron' | 'browser';
  version: string;
  versions: { node: string; electron?: string; chrome?: string };
  dataDir: string;
  clock: Clock;
  secretBox: SecretBox;
  log: Logger;
}): { dispatch: Dispatch } {
  const services = createDeskServices(deps);
  return { dispatch: createCommandDispatcher(services.handlers, deps.log) };
}
