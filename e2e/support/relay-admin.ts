import { runToEnd, type RelayProcess } from '../../relay/testing/relay-process';

/** `npm run relay:admin -- <args> --json` on a PGlite relay folder (the relay must be stopped). */
export async function relayAdmin(relayDir: string, args: string[]): Promise<unknown> {
  const result = await runToEnd('admin', [...args, '--data', relayDir, '--json']);
  if (result.code !== 0) throw new Error(`relay:admin ${args[0] ?? ''} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
}

/** Stops a relay process gracefully and waits for it to exit. */
export async function stopRelayProcess(relay: RelayProcess): Promise<void> {
  relay.child.kill('SIGTERM');
  await relay.exited;
}

/** A value a beforeAll hook was to set, with a sentence when it did not. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} did not start`);
  return value;
}
