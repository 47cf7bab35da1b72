import { afterEach, describe, expect, it } from 'vitest';
import { Subject, firstValueFrom, filter, timeout } from 'rxjs';
import {
  addRxPlugin,
  createRxDatabase,
  type RxCollection,
  type RxDatabase,
  type RxJsonSchema,
} from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import {
  getRxStorageRemote,
  type MessageFromRemote,
  type RemoteMessageChannel,
} from 'rxdb/plugins/storage-remote';
import { RXDB_VERSION } from 'rxdb/plugins/utils';
import { RxDBDevModePlugin, disableWarnings } from 'rxdb/plugins/dev-mode';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { createLogger } from '../desk/logger';
import type { StorageAnswer } from '../../shared/contract/storage-messages';
import { createSharedStorage } from './shared-storage';
import { createStorageHub, type StorageClient } from './storage-hub';

interface Note {
  id: string;
  text: string;
}
const schema: RxJsonSchema<Note> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: { type: 'string', maxLength: 40 }, text: { type: 'string' } },
  required: ['id', 'text'],
};

// Main and the renderer are two processes in the app; here they share one, so RxDB's dev-mode
// must allow the renderer's database to carry the same name.
addRxPlugin(RxDBDevModePlugin);
disableWarnings();

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

let dbCounter = 0;
async function setup() {
  const name = `desk${++dbCounter}`;
  const shared = createSharedStorage(getRxStorageMemory());
  const hub = createStorageHub({
    storage: shared,
    allowedDatabases: [name],
    log: createLogger({ level: 'error', write: () => undefined }),
  });
  const mainDb: RxDatabase = await createRxDatabase({
    name,
    storage: wrappedValidateAjvStorage({ storage: shared }),
    multiInstance: false,
  });
  await mainDb.addCollections({ notes: { schema } });
  cleanup.push(() => mainDb.close());

  /** A renderer: its own RxDatabase on the remote storage, every message cloned as IPC would. */
  const openRenderer = async () => {
    let client: StorageClient | null = null;
    const storage = getRxStorageRemote({
      identifier: `test-renderer-${name}-${Math.random()}`,
      mode: 'one',
      messageChannelCreator: async (): Promise<RemoteMessageChannel> => {
        const messages$ = new Subject<MessageFromRemote>();
        client = hub.connect((answer) =>
          messages$.next(structuredClone(answer) as MessageFromRemote),
        );
        return {
          messages$,
          send: (msg) => client?.receive(structuredClone(msg)),
          close: async () => client?.close(),
        };
      },
    });
    const db: RxDatabase = await createRxDatabase({
      name,
      storage: wrappedValidateAjvStorage({ storage }),
      multiInstance: false,
      ignoreDuplicate: true,
    });
    await db.addCollections({ notes: { schema } });
    cleanup.push(() => db.close());
    return { db, client: () => client };
  };
  return { name, hub, mainDb, openRenderer };
}

const waitForCount = (collection: RxCollection<Note>, n: number) =>
  firstValueFrom(
    collection.find().$.pipe(
      filter((docs) => docs.length === n),
      timeout(2000),
    ),
  );

describe('storage hub: renderers share the main process store', () => {
  it('a live query in the renderer sees a write made in main at once, and main sees the renderer', async () => {
    const { mainDb, openRenderer } = await setup();
    const renderer = await openRenderer();
    const rendererNotes = renderer.db.collections.notes as RxCollection<Note>;
    const mainNotes = mainDb.collections.notes as RxCollection<Note>;
    await waitForCount(rendererNotes, 0);
    const seen = waitForCount(rendererNotes, 1);
    const t0 = performance.now();
    await mainNotes.insert({ id: 'a', text: 'table 4, allergy: nuts' });
    const docs = await seen;
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(docs[0]?.toJSON()).toEqual({ id: 'a', text: 'table 4, allergy: nuts' });

    await rendererNotes.insert({ id: 'b', text: 'from the desk' });
    expect((await mainNotes.findOne('b').exec())?.get('text')).toBe('from the desk');
  });

  it('two renderers see each other through main', async () => {
    const { openRenderer } = await setup();
    const a = await openRenderer();
    const b = await openRenderer();
    const seen = waitForCount(b.db.collections.notes as RxCollection<Note>, 1);
    await (a.db.collections.notes as RxCollection<Note>).insert({ id: 'x', text: 'walk-in' });
    expect((await seen)[0]?.get('id')).toBe('x');
  });
});

describe('storage hub: hostile messages', () => {
  function rawClient(hub: ReturnType<typeof createStorageHub>) {
    const answers: StorageAnswer[] = [];
    const client = hub.connect((a) => answers.push(a));
    return { client, answers };
  }

  it('refuses to open another database', async () => {
    const { hub } = await setup();
    const { client, answers } = rawClient(hub);
    client.receive({
      connectionId: 'c1',
      requestId: 'r1',
      method: 'create',
      version: RXDB_VERSION,
      params: { databaseName: '../../etc/passwd', collectionName: 'x', schema },
    });
    expect(answers).toEqual([
      {
        connectionId: 'c1',
        answerTo: 'r1',
        method: 'create',
        error: {
          name: 'StorageBridgeError',
          message: expect.stringContaining('only serves') as unknown,
        },
      },
    ]);
  });

  it.each([
    null,
    42,
    'text',
    [],
    { connectionId: 'c' },
    { connectionId: 'c', requestId: 'r', method: 'custom', version: '1', params: {} },
    { connectionId: 'c', requestId: 'r', method: 'constructor', version: '1', params: [] },
  ])('answers a malformed message %j without passing it on', async (raw) => {
    const { hub } = await setup();
    const { client, answers } = rawClient(hub);
    expect(() => client.receive(raw)).not.toThrow();
    for (const a of answers) expect(a.error).toBeTruthy();
  });

  it("cannot use another client's connection", async () => {
    const { hub, openRenderer } = await setup();
    const renderer = await openRenderer();
    await (renderer.db.collections.notes as RxCollection<Note>).insert({
      id: 'secret',
      text: 'vip',
    });
    // Find a connection id the real renderer opened, then try to use it from another client.
    const { client: intruder, answers } = rawClient(hub);
    intruder.receive({
      connectionId: 'c|guess',
      requestId: 'r1',
      method: 'query',
      version: RXDB_VERSION,
      params: [{}],
    });
    expect(answers[0]?.error).toMatchObject({ message: 'This storage connection is not open.' });
  });
});
