import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RxCollection } from 'rxdb';
import { addRxPlugin } from 'rxdb';
import { disableWarnings, RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import type { Db } from '../../relay/db/db-port';
import {
  startTestRelay,
  tenantWithDevice,
  useTestDb,
  type TestRelay,
} from '../../relay/testing/test-relay';
import { createRelayHttp, type RelayHttp } from './relay-http';
import { createRelayStream, type RelayStream } from './relay-stream';
import { replicateWithRelay } from './replicate-collection';
import { provideRxdbTestUtilsDeps } from './testing/rxdb-test-utils-deps';

provideRxdbTestUtilsDeps();
const testUtils = await import('rxdb/plugins/test-utils');

// The suite registers its tests with mocha-style globals.
Object.assign(globalThis, { describe, it });
addRxPlugin(RxDBDevModePlugin);
disableWarnings();
testUtils.setConfig({
  storage: {
    name: 'memory',
    getStorage: () => wrappedValidateAjvStorage({ storage: getRxStorageMemory() }),
    getPerformanceStorage: () => ({ storage: getRxStorageMemory(), description: 'memory' }),
    hasPersistence: true,
    hasMultiInstance: true,
    hasAttachments: true,
    hasReplication: true,
  },
});

describe('RxDB replication base suite against the relay hub (PGlite)', () => {
  const { db } = useTestDb('pglite');
  let server: TestRelay;
  let http: RelayHttp;
  let stream: RelayStream;
  let tenantId = '';

  beforeAll(async () => {
    server = await startTestRelay(db());
    const tenant = await tenantWithDevice(db(), server.url);
    tenantId = tenant.tenantId;
    http = createRelayHttp({ baseUrl: server.url, tenantId, token: tenant.device.token });
    stream = createRelayStream(http);
  });
  afterAll(async () => {
    stream.close();
    await server.close();
  });

  const serverDocs = async (database: Db) =>
    (
      await database.query<{ data: Record<string, unknown> }>(
        `SELECT data FROM replication_docs WHERE tenant_id = $1 AND collection = 'human' ORDER BY seq`,
        [tenantId],
      )
    ).map((r) => r.data);

  testUtils.runReplicationBaseTestSuite({
    startReplication: (collection: RxCollection) =>
      replicateWithRelay({ collection, http, stream, live: true, retryTime: 500 }),
    syncOnce: async (collection: RxCollection) => {
      const state = replicateWithRelay({ collection, http, live: false });
      await state.awaitInitialReplication();
      await state.cancel();
    },
    getAllServerDocs: () => serverDocs(db()),
    cleanUpServer: async () => {
      await db().query('DELETE FROM replication_collections WHERE tenant_id = $1', [tenantId]);
    },
    softDeletes: true,
    isDeleted: (doc: { _deleted?: boolean }) => doc._deleted === true,
    getPrimaryOfServerDoc: (doc: { passportId: string }) => doc.passportId,
  });

  it('left the relay with only documents of the human schema, tombstones included', async () => {
    const docs = await serverDocs(db());
    for (const doc of docs) {
      expect(typeof doc.passportId).toBe('string');
      expect(typeof doc._deleted).toBe('boolean');
      expect(doc).not.toHaveProperty('_meta');
      expect(doc).not.toHaveProperty('_rev');
    }
  });
});
