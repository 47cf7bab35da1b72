import { describe, expect, it } from 'vitest';
import { SyncStoppedError, untilStopped } from './stop-signal';

describe('untilStopped', () => {
  it('passes the result and the failure of the work through while running', async () => {
    const signal = new AbortController().signal;
    await expect(untilStopped(signal, Promise.resolve(7))).resolves.toBe(7);
    await expect(untilStopped(signal, Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });

  it('gives up at once when stopped, before or during the wait, leaving the work to settle', async () => {
    const stopped = new AbortController();
    stopped.abort();
    await expect(untilStopped(stopped.signal, Promise.resolve(1))).rejects.toBeInstanceOf(
      SyncStoppedError,
    );
    const controller = new AbortController();
    let fail = (): void => undefined;
    const never = new Promise<number>((_, reject) => {
      fail = () => {
        reject(new Error('late failure of abandoned work'));
      };
    });
    const waiting = untilStopped(controller.signal, never);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(SyncStoppedError);
    // A late failure of the abandoned work is not an unhandled rejection.
    fail();
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
});
