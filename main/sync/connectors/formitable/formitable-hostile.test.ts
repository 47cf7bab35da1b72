import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NetworkError, ServerError, UnexpectedResponseError } from '../../http/platform-errors';
import { createSecretScrubber } from '../../http/secret-scrubber';
import { systemSyncTime } from '../../http/sync-time';
import { createMemoryIdLookup } from '../id-lookup';
import { captureLogger } from '../testing/capture-logger';
import {
  startScriptedServer,
  type ScriptedAnswer,
  type ScriptedRequest,
  type ScriptedServer,
} from '../testing/scripted-server';
import { FAST_POLICY, FAST_RATE } from '../testing/sim-connectors';
import { FormitableConnector } from './formitable-connector';

const R = 'abcd1234';
const booking = (uid: string, checkedIn: boolean, extra: Record<string, unknown> = {}) => ({
  uid,
  created: '2030-06-20T14:03:22',
  bookingDateTime: '2030-07-01T19:00:00+02:00',
  bookingDuration: 120,
  checkInDateTime: checkedIn ? '2030-07-01T19:02:00+02:00' : null,
  numberOfPeople: 2,
  firstName: 'Lotte',
  lastName: 'de Boer',
  status: 'ACCEPTED',
  source: 'Formitable',
  tables: [],
  ...extra,
});

describe('Formitable connector facing broken answers (scripted server)', () => {
  let server: ScriptedServer;
  let connector: FormitableConnector;
  let script: (req: ScriptedRequest) => ScriptedAnswer;
  const calls = (method: string, fragment: string) =>
    server.requests.filter((r) => r.method === method && r.url.includes(fragment));

  beforeAll(async () => {
    server = await startScriptedServer((req) => script(req));
    connector = new FormitableConnector({
      restaurantUid: R,
      apiKey: 'api-key-0123456789',
      endpoints: { apiBaseUrl: `${server.url}/api/v1.2` },
      timeZone: 'Europe/Amsterdam',
      lookup: createMemoryIdLookup(),
      time: systemSyncTime(),
      logger: captureLogger(),
      scrubber: createSecretScrubber(),
      policy: { ...FAST_POLICY, timeoutMs: 300 },
      rateLimit: FAST_RATE,
    });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
  });

  it('never retries a create after a 5xx', async () => {
    script = (req) =>
      req.method === 'GET'
        ? { status: 404, body: '' }
        : { status: 503, body: 'Service Unavailable' };
    const error = await connector
      .createReservation({
        localId: 'res-1',
        status: 'confirmed',
        startsAt: Date.parse('2030-07-01T17:00:00Z'),
        partySize: 2,
        guest: { name: 'Test Person' },
        tableIds: [],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).outcomeUnknown).toBe(true);
    expect(calls('POST', '/booking')).toHaveLength(1);
  });

  it('after a lost check-in answer, reads the state instead of toggling again', async () => {
    let checkedIn = false;
    script = (req) => {
      if (req.method === 'PUT') {
        checkedIn = !checkedIn;
        return { status: 502, body: 'Bad Gateway' };
      }
      return { body: booking('b1', checkedIn) };
    };
    const outcome = await connector.capabilities.statusChanges?.change('b1', 'arrived');
    expect(outcome?.calls).toEqual(['check-in']);
    expect(outcome?.reservation.status).toBe('arrived');
    expect(calls('PUT', '/checkin/')).toHaveLength(1);
  });

  it('when the check-in really failed, says so and does not call again', async () => {
    script = (req) =>
      req.method === 'PUT' ? { status: 503, body: '' } : { body: booking('b2', false) };
    await expect(
      connector.capabilities.statusChanges?.change('b2', 'arrived'),
    ).rejects.toBeInstanceOf(ServerError);
    expect(calls('PUT', '/checkin/')).toHaveLength(1);
  });

  it('does not retry a check-out that timed out', async () => {
    script = (req) =>
      req.method === 'PUT' ? { delayMs: 1_000, body: '' } : { body: booking('b3', true) };
    const error = await connector.capabilities.statusChanges
      ?.change('b3', 'completed')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).outcomeUnknown).toBe(true);
    expect(calls('PUT', '/checkout/')).toHaveLength(1);
    expect(calls('PUT', '/checkin/')).toHaveLength(0);
  });

  it('keeps the good bookings of a window with broken ones', async () => {
    let windows = 0;
    script = () => ({
      body:
        windows++ > 0
          ? []
          : [
              booking('good1', false),
              booking('bad1', false, { numberOfPeople: -3 }),
              booking('bad2', false, { bookingDateTime: "'; DROP TABLE bookings;--" }),
              { uid: { $gt: '' } },
              'text',
              null,
              booking('bad3', false, { status: 'DELETED' }),
              booking('good2', true, {
                comments: "O'Brien; DROP TABLE x;--",
                firstName: 'é'.repeat(300),
              }),
            ],
    });
    const result = await connector.pullChanges({ since: 0 });
    expect(result.reservations.map((r) => r.externalId)).toEqual(['good1', 'good2']);
    expect(result.failures).toHaveLength(6);
    expect(result.failures.map((f) => f.externalId)).toEqual([
      'bad1',
      'bad2',
      undefined,
      undefined,
      undefined,
      'bad3',
    ]);
    expect(result.failures.every((f) => f.error instanceof UnexpectedResponseError)).toBe(true);
    const good2 = result.reservations[1];
    expect(good2?.notes).toBe("O'Brien; DROP TABLE x;--");
    expect(good2?.dropped.map((d) => d.field)).toEqual(['firstName']);
    expect(good2?.guest.name).toBe('de Boer');
  });

  it('refuses a window answer that is not a list', async () => {
    script = () => ({ body: { bookings: [] } });
    await expect(connector.pullChanges({ since: 0 })).rejects.toBeInstanceOf(
      UnexpectedResponseError,
    );
    script = () => ({ body: '<html><body>Maintenance</body></html>' });
    await expect(connector.pullChanges({ since: 0 })).rejects.toThrow(/not JSON/);
  });

  it('reads ProblemDetails validation errors into a sentence', async () => {
    script = () => ({
      status: 400,
      headers: { 'content-type': 'application/problem+json' },
      body: {
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: { NumberOfPeople: ['The field NumberOfPeople must be between 1 and 10.'] },
      },
    });
    await expect(connector.updateReservation('b9', { partySize: 40 })).rejects.toThrow(
      /NumberOfPeople: The field NumberOfPeople must be between 1 and 10/,
    );
  });
});
