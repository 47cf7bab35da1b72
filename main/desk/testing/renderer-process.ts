/**
 * A stand-in renderer for tests: a separate process (as a real renderer is) that opens the desk
 * database over the storage port, carried on Node's IPC channel. The parent drives it with
 * small commands and hears back what its live queries see.
 */
import { openDeskData } from '../../../renderer/src/data/desk-data';
import type { StoragePort } from '../../../shared/contract/bridge';

type FromParent =
  | { kind: 'storage'; message: unknown }
  | { kind: 'watch-day'; date: string; zone: string }
  | { kind: 'create'; draft: Record<string, unknown> }
  | { kind: 'close' };

const send = (message: unknown) => process.send?.(message);
const listeners = new Set<(message: unknown) => void>();
const port: StoragePort = {
  post: (message) => send({ kind: 'storage', message }),
  subscribe: (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

const ready = openDeskData(port);
ready.then(
  () => send({ kind: 'ready' }),
  (error: unknown) => send({ kind: 'failed', message: String(error) }),
);

process.on('message', (raw: FromParent) => {
  if (raw.kind === 'storage') {
    for (const listener of listeners) listener(raw.message);
    return;
  }
  void ready.then(async (data) => {
    if (raw.kind === 'watch-day') {
      data.repos.reservations.dayBook$(raw.date, raw.zone).subscribe((book) => {
        send({
          kind: 'day',
          at: performance.timeOrigin + performance.now(),
          ids: book.map((r) => r.id),
        });
      });
    } else if (raw.kind === 'create') {
      const created = await data.repos.reservations.create(raw.draft as never);
      send({ kind: 'created', id: created.id });
    } else {
      await data.db.close();
      process.exit(0);
    }
  });
});
