import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestRelay,
  tenantWithDevice,
  useTestDb,
  type TestRelay,
} from '../../../relay/testing/test-relay';
import { reservationDraft } from '../../../shared/store/testing/fixtures';
import { createRelayHttp } from '../../relay-client/relay-http';
import { createRelayStream, type RelayStream } from '../../relay-client/relay-stream';
import { FormitableConnector } from '../connectors/formitable/formitable-connector';
import { FAST_POLICY, FAST_RATE } from '../connectors/testing/sim-connectors';
import { createSecretScrubber } from '../http/secret-scrubber';
import { systemSyncTime } from '../http/sync-time';
import { startDeskSync, type DeskSync } from './desk-sync';
import { mappingIdLookup } from './mapping-id-lookup';
import { manualTime } from './testing/manual-timers';
import {
  dinnerSlot,
  eventually,
  FORMITABLE_ZONE,
  openDesk,
  startSims,
  type Desk,
  type Sims,
} from './testing/sync-harness';

/** Every Zenchef call waits this long (under the connector's timeout): a slow platform. */
const SLOW_MS = 2_500;

/**
 * Both platforms behind a real relay (PGlite) on 127.0.0.1, Zenchef answering slowly: its work
 * (outbound jobs, the poll its webhook asks for) must not hold back TheFork's.
 */
describe('a slow platform never holds back the other one', () => {
  const { db } = useTestDb('pglite');
  let relay: TestRelay;
  let sims: Sims;
  let desk: Desk;
  let stream: RelayStream;
  let sync: DeskSync;

  const mappingOf = async (platform: string, reservationId: string) =>
    (await desk.repos.sync.mappingsOfEntity('reservation', reservationId)).find(
      (m) => m.platform === platform,
    );
  const localOf = async (platform: string, externalId: string) => {
    const m = await desk.repos.sync.mappingOf(platform, 'reservation', externalId);
    return m === null ? undefined : ((await desk.repos.reservations.byId(m.entityId)) ?? undefined);
  };

  beforeAll(async () => {
    relay = await startTestRelay(db());
    const t = await tenantWithDevice(db(), relay.url, 'Bistro isolation');
    const form = t.secretOf('formitable');
    sims = await startSims({
      fork: t.secretOf('thefork').url,
      form: { url: form.url, secret: form.secret ?? '' },
    });
    const time = manualTime();
    desk = await openDesk(sims, time);
    const http = createRelayHttp({
      baseUrl: relay.url,
      tenantId: t.tenantId,
      token: t.device.token,
    });
    stream = createRelayStream(http, { minRetryMs: 100 });
    sync = startDeskSync({
      db: desk.db,
      repositories: desk.repos,
      // Zenchef with a timeout above its latency: slow, never failing.
      connectorFor: (config) =>
        Promise.resolve(
          config.platform === 'formitable'
            ? new FormitableConnector({
                restaurantUid: config.externalRestaurantId ?? '',
                apiKey: sims.form.credentials.apiKey,
                endpoints: { apiBaseUrl: sims.form.apiBaseUrl },
                timeZone: FORMITABLE_ZONE,
                lookup: mappingIdLookup(desk.repos.sync, 'formitable'),
                time: systemSyncTime(),
                logger: desk.logger,
                scrubber: createSecretScrubber([sims.form.credentials.apiKey]),
                policy: { ...FAST_POLICY, timeoutMs: 4 * SLOW_MS },
                rateLimit: FAST_RATE,
              })
            : desk.connectorFor(config),
        ),
      logger: desk.logger,
      clock: time,
      timers: time,
      relay: { http, stream, leaseTtlMs: 30_000 },
      engine: { concurrency: 2 },
    });
    await eventually(() => sync.engine.running, 8_000, 'the lease and the engine');
    await sync.engine.idle();
  });
  afterEach(async () => {
    await Promise.all([sims.formScenario.clearFaults(), sims.forkScenario.clearFaults()]);
  });
  afterAll(async () => {
    await sync.stop();
    stream.close();
    await desk.db.close();
    await sims.close();
    await relay.close();
  });

  it('applies TheFork webhooks while the Zenchef poll its webhook asked for is still running', async () => {
    await sims.formScenario.injectFault({ kind: 'latency', ms: SLOW_MS });
    const form = await sims.formScenario.createBooking({
      bookingDateTime: dinnerSlot(8, 20, 0).iso.slice(0, 16),
      numberOfPeople: 4,
      firstName: 'Lena',
      lastName: 'Bakker',
      email: 'lena.bakker@example.com',
    });
    // The feed took the Zenchef event: the poll it asks for has begun (and takes >= SLOW_MS).
    await eventually(
      async () =>
        (await desk.logs()).some((l) => l.platform === 'formitable' && l.action === 'webhook'),
      8_000,
      'the Zenchef webhook',
    );
    const fork = await sims.forkScenario.createReservation({
      mealDate: dinnerSlot(8).iso,
      partySize: 3,
      customer: { email: 'remi.blanc@example.com', firstName: 'Rémi', lastName: 'Blanc' },
    });
    await eventually(
      () => localOf('thefork', fork.reservation.reservationUuid),
      8_000,
      'the TheFork booking on the desk',
    );
    expect(await localOf('formitable', form.booking.uid)).toBeUndefined();
    await sims.formScenario.clearFaults();
    await eventually(
      () => localOf('formitable', form.booking.uid),
      4 * SLOW_MS,
      'the Zenchef booking, once its poll is done',
    );
  });

  it('runs TheFork outbound jobs while the Zenchef jobs hold every Zenchef slot', async () => {
    await sims.formScenario.injectFault({ kind: 'latency', ms: SLOW_MS });
    const made: { id: string }[] = [];
    for (const day of [10, 11, 12, 13]) {
      made.push(
        await desk.repos.reservations.create(
          reservationDraft({
            startsAt: dinnerSlot(day).ms,
            partySize: 2,
            guestName: `Guest ${String(day)} Martin`,
            email: `guest${String(day)}.martin@example.com`,
          }),
        ),
      );
    }
    const onPlatform = async (platform: string) =>
      (await Promise.all(made.map((r) => mappingOf(platform, r.id)))).filter((m) => m !== undefined)
        .length;
    // Two slots per platform: Zenchef's jobs (older) hold their two bookings for 2 x SLOW_MS; the
    // other two go to TheFork meanwhile. With shared slots, TheFork would wait for Zenchef.
    await eventually(
      async () => (await onPlatform('thefork')) >= 2,
      8_000,
      'two bookings on TheFork',
    );
    expect(await onPlatform('formitable')).toBe(0);
    await sims.formScenario.clearFaults();
    await eventually(
      async () => (await onPlatform('thefork')) === 4 && (await onPlatform('formitable')) === 4,
      4 * SLOW_MS,
      'the four bookings on both platforms',
    );
  });
});
