/** The sync engine is stopping: the work in progress gave up before writing anything. */
export class SyncStoppedError extends Error {
  override readonly name = 'SyncStoppedError';
  constructor() {
    super('the sync stopped before this step finished; the next run reads it again');
  }
}

/**
 * Waits for `work` unless the engine stops first (then rejects with SyncStoppedError at once).
 * Only for waits whose result is read, not written: a platform read or a wait for another task.
 * The abandoned work still settles in the background; its outcome is discarded, never applied.
 */
export async function untilStopped<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    throw new SyncStoppedError();
  }
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    onAbort = () => {
      reject(new SyncStoppedError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([work, stopped]);
  } finally {
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
    work.catch(() => undefined);
    stopped.catch(() => undefined);
  }
}
