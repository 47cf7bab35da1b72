import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestRelay,
  tenantWithDevice,
  useTestDb,
  type TestRelay,
} from '../../../relay/testing/test-relay';
import { reservationDraft } from '../../../shared/store/testing/fixtures';
import { createRelayHttp } from '../../relay-client/relay-http';
import { createRelayStream, type RelayStream } from '../../relay-client/relay-stream';
import { startDeskSync, type DeskSync } from './desk-sync';
import { manualTime, type ManualTime } from './testing/manual-timers';
import {
  dinnerSlot,
  eventually,
  openDesk,
  startSims,
  type Desk,
  type Sims,
} from './testing/sync-harness';

/**
 * End to end on 127.0.0.1: both simulators send their webhooks to a real relay (PGlite), the desk
 * holds the lease, reads the relay's feed and talks to the simulators.
 */
describe('desk sync through the relay (webhooks, lease, outages)', () => {
  const { db } = useTestDb('pglite');
  let relay: TestRelay;
  let sims: Sims;
  let desk: Desk;
  let time: ManualTime;
  let stream: RelayStream;
  let sync: DeskSync;
  let relayDown = false;
  let forkHookUrl = '';

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
    const t = await tenantWithDevice(db(), relay.url, 'Bistro sync');
    const form = t.secretOf('formitable');
    forkHookUrl = t.secretOf('thefork').url;
    sims = await startSims({
      fork: t.secretOf('thefork').url,
      form: { url: form.url, secret: form.secret ?? '' },
    });
    time = manualTime();
    desk = await openDesk(sims, time);
    const http = createRelayHttp({
      baseUrl: relay.url,
      tenantId: t.tenantId,
      token: t.device.token,
      fetch: (input, init) =>
        relayDown
          ? Promise.reject(new TypeError('fetch failed (the relay is unreachable in this test)'))
          : fetch(input, init),
    });
    stream = createRelayStream(http, { minRetryMs: 100 });
    sync = startDeskSync({
      db: desk.db,
      repositories: desk.repos,
      connectorFor: (config) => desk.connectorFor(config),
      logger: desk.logger,
      clock: time,
      timers: time,
      relay: { http, stream, leaseTtlMs: 1_500 },
    });
    await eventually(() => sync.engine.running, 8_000, 'the lease and the engine');
  });
  afterAll(async () => {
    await sync.stop();
    stream.close();
    await desk.db.close();
    await sims.close();
    await relay.close();
  });

  it('holds the lease and reports itself as the primary', async () => {
    const status = await sync.status();
    expect(status.role).toBe('primary');
    expect(status.leaseHolder?.deviceName).toBe('Bistro sync desk');
    expect(status.relay.configured).toBe(true);
  });

  it('takes bookings from both platforms through webhooks', async () => {
    const slot = dinnerSlot(2);
    const fork = await sims.forkScenario.createReservation({
      mealDate: slot.iso,
      partySize: 5,
      customer: { email: 'noe.garnier@example.com', firstName: 'Noé', lastName: 'Garnier' },
    });
    const local = await eventually(
      () => localOf('thefork', fork.reservation.reservationUuid),
      8_000,
      'the TheFork booking on the desk',
    );
    expect(local).toMatchObject({ partySize: 5, startsAt: slot.ms, source: 'thefork' });

    const form = await sims.formScenario.createBooking({
      bookingDateTime: dinnerSlot(2, 20, 0).iso.slice(0, 16),
      numberOfPeople: 3,
      firstName: 'Rosa',
      lastName: 'Klein',
      email: 'rosa.klein@example.com',
    });
    const fromForm = await eventually(
      () => localOf('formitable', form.booking.uid),
      8_000,
      'the Zenchef booking on the desk',
    );
    expect(fromForm.partySize).toBe(3);
    const logs = await desk.logs();
    expect(logs.some((l) => l.action === 'webhook' && l.platform === 'thefork')).toBe(true);
    expect(
      logs.some(
        (l) =>
          l.action === 'poll' &&
          l.requestPayload !== undefined &&
          JSON.stringify(l.requestPayload).includes('webhook'),
      ),
    ).toBe(true);
  });

  it('logs malformed or unknown webhook events and changes nothing', async () => {
    const before = (await desk.reservations()).length;
    const post = (body: unknown) =>
      fetch(forkHookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const unknownUuid = '00000000-0000-4000-8000-000000000000';
    expect(
      (await post({ entityType: 'reservation', eventType: 'reservationCreated', uuid: 'x";drop' }))
        .status,
    ).toBeLessThan(300);
    expect((await post({ nothing: 'here', uuid: [1, 2] })).status).toBeLessThan(300);
    expect(
      (
        await post({
          entityType: 'reservation',
          eventType: 'reservationUpdated',
          uuid: unknownUuid,
          groupUuid: unknownUuid,
        })
      ).status,
    ).toBeLessThan(300);
    await eventually(
      async () =>
        (await desk.logs()).some(
          (l) => l.action === 'fetch' && l.externalId === unknownUuid && l.status === 'failed',
        ),
      8_000,
      'the unknown reservation to be looked up and logged',
    );
    await sync.engine.idle();
    const skipped = (await desk.logs()).filter(
      (l) =>
        l.action === 'webhook' &&
        l.status === 'skipped' &&
        JSON.stringify(l.requestPayload).includes('"kind":"invalid"'),
    );
    expect(skipped.length).toBeGreaterThanOrEqual(2);
    expect(skipped.every((l) => l.error !== undefined)).toBe(true);
    expect((await desk.reservations()).length).toBe(before);
  });

  it('sends a desk booking to both platforms; a TheFork cancellation reaches the desk and Zenchef', async () => {
    const slot = dinnerSlot(3);
    const r = await desk.repos.reservations.create(
      reservationDraft({
        startsAt: slot.ms,
        partySize: 2,
        guestName: 'Yann Colin',
        email: 'yann.colin@example.com',
      }),
    );
    const fork = await eventually(() => mappingOf('thefork', r.id), 8_000, 'TheFork create');
    const form = await eventually(() => mappingOf('formitable', r.id), 8_000, 'Zenchef create');
    await sync.engine.idle();
    await sims.forkScenario.cancelReservation(fork.externalId);
    await eventually(
      async () => (await desk.repos.reservations.byId(r.id))?.status === 'cancelled',
      8_000,
      'the desk to cancel',
    );
    await eventually(
      async () => (await sims.formScenario.booking(form.externalId)).booking.status === 'CANCELLED',
      8_000,
      'Zenchef to cancel',
    );
  });

  it('converges after a 5xx storm with an expired token: one booking, retried on schedule', async () => {
    await sims.forkScenario.injectFault({ kind: 'expire-tokens' });
    await sims.forkScenario.injectFault({ kind: 'server-errors', count: 4, status: 503 });
    const slot = dinnerSlot(4);
    const r = await desk.repos.reservations.create(
      reservationDraft({
        startsAt: slot.ms,
        partySize: 6,
        guestName: 'Iris Vidal',
        email: 'iris.vidal@example.com',
      }),
    );
    const job = await eventually(
      async () => {
        const open = await desk.db.sync_logs
          .find({ selector: { entityId: r.id, platform: 'thefork', status: 'retry_scheduled' } })
          .exec();
        return open[0]?.toJSON();
      },
      8_000,
      'the failed create to wait for its retry',
    );
    expect(job.retryCount).toBe(1);
    expect((job.nextRetryAt ?? 0) - job.at).toBeGreaterThanOrEqual(60_000);
    expect(job.error?.message).toMatch(/TheFork/);
    await sims.forkScenario.clearFaults();
    time.advance(61_000);
    sync.engine.runDueJobs();
    const fork = await eventually(() => mappingOf('thefork', r.id), 10_000, 'the retried create');
    const onFork = (await sims.forkScenario.reservations()).filter(
      (x) => Date.parse(x.reservation.mealDate ?? '') === slot.ms,
    );
    expect(onFork.map((x) => x.reservation.reservationUuid)).toEqual([fork.externalId]);
    const attempts = (await desk.logs()).filter((l) => l.jobId === job.id && l.id !== job.id);
    expect(attempts.map((a) => a.status)).toEqual(['failed', 'succeeded']);
  });

  it('catches up through polling when a webhook is dropped', async () => {
    await sims.forkScenario.injectFault({ kind: 'drop-webhooks', count: 2 });
    const slot = dinnerSlot(5);
    const made = await sims.forkScenario.createReservation({
      mealDate: slot.iso,
      partySize: 2,
      customer: { email: 'ugo.faure@example.com', firstName: 'Ugo', lastName: 'Faure' },
    });
    await sync.engine.pollNow();
    expect(await localOf('thefork', made.reservation.reservationUuid)).toMatchObject({
      partySize: 2,
    });
    const deliveries = (await sims.forkScenario.webhooks()).deliveries.filter((d) =>
      JSON.stringify(d).includes(made.reservation.reservationUuid),
    );
    expect(deliveries.length).toBeGreaterThan(0);
    expect(deliveries.every((d) => d.state === 'dropped')).toBe(true);
    const created = (await desk.logs()).filter(
      (l) =>
        l.action === 'create' &&
        l.direction === 'inbound' &&
        l.externalId === made.reservation.reservationUuid,
    );
    expect(created).toHaveLength(1);
    expect(JSON.stringify(created[0]?.requestPayload)).not.toContain('"via":"webhook"');
  });

  it('stops when cut off from the relay, and converges once it is back', async () => {
    relayDown = true;
    time.advance(2_000); // a lease lifetime without an answer
    await eventually(() => !sync.engine.running, 8_000, 'the engine to stop');
    const slot = dinnerSlot(6);
    const made = await sims.forkScenario.createReservation({
      mealDate: slot.iso,
      partySize: 7,
      customer: { email: 'ada.roux@example.com', firstName: 'Ada', lastName: 'Roux' },
    });
    const r = await desk.repos.reservations.create(
      reservationDraft({
        startsAt: dinnerSlot(6, 21, 0).ms,
        partySize: 2,
        guestName: 'Tom Hervé',
        email: 'tom.herve@example.com',
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await mappingOf('thefork', r.id)).toBeUndefined();
    relayDown = false;
    await eventually(() => sync.engine.running, 8_000, 'the engine to restart');
    await eventually(
      () => localOf('thefork', made.reservation.reservationUuid),
      8_000,
      'the booking made during the outage',
    );
    await eventually(
      () => mappingOf('thefork', r.id),
      8_000,
      'the desk booking made during the outage',
    );
    await eventually(() => mappingOf('formitable', r.id), 8_000, 'the desk booking on Zenchef');
    await sync.engine.idle();

    // No duplicates anywhere: one desk reservation per platform id and per slot.
    const mappings = (await desk.db.external_mappings.find().exec()).map((d) => d.toJSON());
    const byEntity = new Map<string, number>();
    for (const m of mappings)
      byEntity.set(
        `${m.platform}|${m.entityId}`,
        (byEntity.get(`${m.platform}|${m.entityId}`) ?? 0) + 1,
      );
    expect([...byEntity.values()].every((n) => n === 1)).toBe(true);
    const book = await desk.reservations();
    const slots = book.map((x) => `${String(x.startsAt)}|${x.guestName}`);
    expect(new Set(slots).size).toBe(slots.length);
    const logs = await desk.logs();
    const lease = logs.filter((l) => l.action === 'lease').map((l) => l.status);
    expect(lease).toContain('failed');
    expect(lease.at(-1)).toBe('succeeded');
    expect(logs.find((l) => l.action === 'lease' && l.status === 'failed')?.error?.message).toMatch(
      /No answer from the relay/,
    );
  });
});
