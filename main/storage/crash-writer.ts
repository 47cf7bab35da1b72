/**
 * Child process of the crash-safety test: writes to a storage instance in a loop and reports each
 * acknowledged write on stdout, until it is killed. Not part of the app.
 *
 * Output lines: `ready`, then `ack <counter> <id> <id> …` after each bulkWrite resolved.
 * Every write inserts 1 to 4 new documents and updates the `counter` document to `<counter>`.
 */
import { randomToken, type RxDocumentData } from 'rxdb';
import { getRxStorageSQLite } from './index';
import { makeDoc, openInstance, stored, type TestDoc } from './storage-test-fixtures';

async function main(): Promise<void> {
  // The parent went away: stop writing.
  process.stdout.on('error', () => process.exit(0));
  const [directory, runId] = process.argv.slice(2);
  if (!directory || !runId) throw new Error('usage: crash-writer <directory> <run id>');
  const instance = await openInstance(getRxStorageSQLite({ directory }));
  let counter: RxDocumentData<TestDoc> | undefined = (
    await instance.findDocumentsById(['counter'], true)
  )[0];
  process.stdout.write('ready\n');
  for (let seq = 0; ; seq++) {
    const value = (counter?.age ?? 0) + 1;
    const next = stored(makeDoc('counter', { age: value % 150, name: `Zoë ${value}` }), {
      ...(counter ? { previous: counter } : {}),
    });
    const ids = Array.from({ length: 1 + (seq % 4) }, (_, i) => `${runId}-${seq}-${i}`);
    const rows = [
      { document: next, ...(counter ? { previous: counter } : {}) },
      ...ids.map((id) => ({
        document: stored(makeDoc(id, { name: `Jürgen ${randomToken(6)} 😀`, age: seq % 150 })),
      })),
    ];
    const result = await instance.bulkWrite(rows, 'crash-writer');
    if (result.error.length > 0) throw new Error(JSON.stringify(result.error));
    counter = next;
    process.stdout.write(`ack ${next._rev} ${ids.join(' ')}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
