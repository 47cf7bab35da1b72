import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Desk } from '../assemble-desk';

export interface RendererProcess {
  child: ChildProcess;
  /** Resolves with the next message of this kind that passes `accept`. */
  next: <T extends { kind: string }>(kind: string, accept?: (message: T) => boolean) => Promise<T>;
  command: (message: Record<string, unknown>) => void;
  stop: () => Promise<void>;
}

/** Forks renderer-process.ts and wires its storage messages to the desk's hub. */
export async function spawnRenderer(desk: Desk): Promise<RendererProcess> {
  const script = fileURLToPath(new URL('./renderer-process.ts', import.meta.url));
  const child = fork(script, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const client = desk.connectStorage((message) => child.send({ kind: 'storage', message }));
  const waiting: { kind: string; accept: (m: never) => boolean; resolve: (m: never) => void }[] =
    [];
  child.on('message', (message: { kind: string; message?: unknown }) => {
    if (message.kind === 'storage') {
      client.receive(message.message);
      return;
    }
    const index = waiting.findIndex((w) => w.kind === message.kind && w.accept(message as never));
    if (index >= 0) waiting.splice(index, 1)[0]?.resolve(message as never);
  });
  const next = <T extends { kind: string }>(kind: string, accept: (m: T) => boolean = () => true) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the renderer process sent no "${kind}" within 10 s`)),
        10_000,
      );
      waiting.push({
        kind,
        accept: accept,
        resolve: (m: T) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  const ready = next<{ kind: string }>('ready');
  const failed = next<{ kind: string; message: string }>('failed').then((m) => {
    throw new Error(m.message);
  });
  await Promise.race([ready, failed]);
  return {
    child,
    next,
    command: (message) => child.send(message),
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.send({ kind: 'close' });
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        child.kill('SIGKILL');
      }
      client.close();
    },
  };
}
