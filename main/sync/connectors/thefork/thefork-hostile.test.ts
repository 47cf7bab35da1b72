import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnexpectedResponseError } from '../../http/platform-errors';
import { createSecretScrubber } from '../../http/secret-scrubber';
import { systemSyncTime } from '../../http/sync-time';
import { createMemoryIdLookup } from '../id-lookup';
import { captureLogger } from '../testing/capture-logger';
import { startScriptedServer, type ScriptedServer } from '../testing/scripted-server';
import { FAST_POLICY, FAST_RATE } from '../testing/sim-connectors';
import { TheForkConnector } from './thefork-connector';

const RESTAURANT = '11111111-2222-4333-8444-555555555555';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SQL = "Robert'); DROP TABLE reservations;--";

const good = (id: string, extra: Record<string, unknown> = {}) => ({
  reservationUuid: id,
  restaurantUuid: RESTAURANT,
  mealDate: '2030-01-03T18:30:00.000Z',
  mealStatus: null,
  partySize: 2,
  status: 'RECORDED',
  offerUuid: null,
  customerNote: SQL,
  restaurantNote: null,
  customerUuid: uuid(900),
  reservationChannel: 'TheFork',
  createdAt: '2029-12-01T10:00:00.000Z',
  updatedAt: '2029-12-02T10:00:00.000Z',
  ...extra,
});

/** Per reservation id: what the fake TheFork answers. */
const records: Record<string, { status?: number; body: unknown }> = {
  [uuid(1)]: { body: good(uuid(1)) },
  [uuid(2)]: { body: good(uuid(2), { partySize: 'two' }) },
  [uuid(3)]: { body: good(uuid(3), { customerNote: 'x'.repeat(2_000) }) },
  [uuid(4)]: { body: good(uuid(4), { status: 'DELETED' }) },
  [uuid(5)]: { body: good(uuid(5), { mealDate: 'tomorrow evening' }) },
  [uuid(6)]: { body: 'null' },
  [uuid(7)]: { body: [good(uuid(7))] },
  [uuid(8)]: {
    body: '{"__proto__": {"polluted": true}, ' + JSON.stringify(good(uuid(8))).slice(1),
  },
  [uuid(9)]: { body: good(uuid(9), { restaurantUuid: uuid(77) }) },
  [uuid(10)]: { body: good(uuid(10), { customerUuid: uuid(404) }) },
  [uuid(11)]: { body: good(uuid(11), { padding: 'y'.repeat(400_000) }) },
  [uuid(12)]: { body: good(uuid(12), { customerUuid: uuid(666) }) },
};

describe('TheFork connector facing hostile or broken answers', () => {
  let server: ScriptedServer;
  let connector: TheForkConnector;
  beforeAll(async () => {
    server = await startScriptedServer((req) => {
      const path = req.url.split('?')[0] ?? '';
      if (path === '/oauth/token')
        return { body: { access_token: 'token-hostile-123456', expires_in: 8600 } };
      if (path === '/manager/v1/reservations') {
        return { body: { data: Object.keys(records), totalCount: 12, page: 1, limit: 1000 } };
      }
      const reservation = /^\/manager\/v1\/reservations\/([0-9a-f-]+)$/.exec(path);
      if (reservation) {
        const record = records[reservation[1] ?? ''];
        if (!record)
          return {
            status: 404,
            body: { data: { code: 'RESERVATION_NOT_FOUND' }, error: 'Not Found', statusCode: 404 },
          };
        return {
          status: record.status ?? 200,
          body: typeof record.body === 'string' ? record.body : record.body,
          headers: { 'content-type': 'application/json' },
        };
      }
      if (path === `/manager/v1/customers/${uuid(900)}`) {
        return {
          body: {
            customerUuid: uuid(900),
            firstName: SQL,
            lastName: 'Tables',
            email: 'bobby@example.com',
            phone: '+33 1 23 45 67 89',
            locale: 'fr_FR',
          },
        };
      }
      if (path === `/manager/v1/customers/${uuid(666)}`) {
        return {
          body: {
            customerUuid: uuid(666),
            firstName: 'z'.repeat(450),
            lastName: 'Ok',
            email: 'not-an-email',
            phone: '<script>',
            locale: '!!',
          },
        };
      }
      return {
        status: 404,
        body: { data: { code: 'CUSTOMER_NOT_FOUND' }, error: 'Not Found', statusCode: 404 },
      };
    });
    connector = new TheForkConnector({
      restaurantUuid: RESTAURANT,
      credentials: { clientId: 'client', clientSecret: 'secret-abcdef' },
      endpoints: { apiBaseUrl: `${server.url}/manager`, tokenUrl: `${server.url}/oauth/token` },
      lookup: createMemoryIdLookup(),
      time: systemSyncTime(),
      logger: captureLogger(),
      scrubber: createSecretScrubber(),
      policy: { ...FAST_POLICY, maxResponseBytes: 256 * 1024 },
      rateLimit: FAST_RATE,
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('pulls the good records and reports each bad one, without crashing', async () => {
    const result = await connector.pullChanges({ since: Date.parse('2029-12-01T00:00:00Z') });
    const ok = result.reservations.map((r) => r.externalId).sort();
    expect(ok).toEqual([uuid(1), uuid(8), uuid(10), uuid(12)]);
    const failed: Record<string, string> = {};
    for (const f of result.failures) {
      failed[f.externalId ?? '?'] = `${f.error.name}: ${f.error.message}`;
    }
    expect(Object.keys(failed).sort()).toEqual([2, 3, 4, 5, 6, 7, 9, 11].map(uuid).sort());
    expect(failed[uuid(2)]).toMatch(/UnexpectedResponseError: .*partySize/);
    expect(failed[uuid(3)]).toMatch(/customerNote/);
    expect(failed[uuid(4)]).toMatch(/status/);
    expect(failed[uuid(5)]).toMatch(/mealDate/);
    expect(failed[uuid(9)]).toMatch(/NotFoundError/);
    expect(failed[uuid(11)]).toMatch(/larger than 262144 bytes/);
    for (const message of Object.values(failed)) {
      expect(message).not.toContain('xxxxxxxxxx');
      expect(message.length).toBeLessThan(600);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps SQL-looking text as plain data, and drops values the desk cannot hold', async () => {
    const r1 = await connector.fetchReservation(uuid(1));
    expect(r1.guestNote).toBe(SQL);
    expect(r1.guest.firstName).toBe(SQL);
    expect(r1.guest.phone).toBe('+33 1 23 45 67 89');
    const r10 = await connector.fetchReservation(uuid(10));
    expect(r10.guest).toEqual({});
    expect(r10.dropped).toEqual([{ field: 'guest', reason: 'TheFork no longer has this guest' }]);
    const r12 = await connector.fetchReservation(uuid(12));
    expect(r12.guest).toEqual({ name: 'Ok', lastName: 'Ok' });
    expect(r12.dropped.map((d) => d.field).sort()).toEqual([
      'email',
      'firstName',
      'locale',
      'phone',
    ]);
  });

  it('reports a malformed single fetch as UnexpectedResponseError', async () => {
    await expect(connector.fetchReservation(uuid(6))).rejects.toBeInstanceOf(
      UnexpectedResponseError,
    );
    await expect(connector.fetchReservation(uuid(7))).rejects.toThrow(/does not understand/);
  });
});
