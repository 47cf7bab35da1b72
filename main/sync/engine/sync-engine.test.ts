import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reservationDraft } from '../../../shared/store/testing/fixtures';
import { createSyncEngine, type SyncEngine } from './sync-engine';
import { createDeskEngineStore } from './desk-engine-store';
import { manualTime, type ManualTime } from './testing/manual-timers';
import {
  dinnerSlot,
  eventually,
  openDesk,
  startSims,
  type Desk,
  type Sims,
} from './testing/sync-harness';

/** Standalone desk (no relay): pollers and the outbound queue against both simulators. */
describe('sync engine against the simulators (standalone, polling)', () => {
  let sims: Sims;
  let desk: Desk;
  let time: ManualTime;
  let engine: SyncEngine;

  const build = () =>
    createSyncEngine({
      store: createDeskEngineStore(desk.db, desk.repos, time),
      connectorFor: (config) => desk.connectorFor(config),
      clock: time,
      timers: time,
      logger: desk.logger,
      newId: () => crypto.randomUUID(),
    });

  beforeAll(async () => {
    sims = await startSims();
    time = manualTime();
    desk = await openDesk(sims, time);
    engine = build();
    await engine.start();
    await engine.idle();
  });
  afterAll(async () => {
    await engine.stop();
    await desk.db.close();
    await sims.close();
  });

  const mappingOf = async (platform: string, reservationId: string) =>
    (await desk.repos.sync.mappingsOfEntity('reservation', reservationId)).find(
      (m) => m.platform === platform,
    );

  it('brings a booking made on TheFork into the book, once, however often it is polled', async () => {
    const slot = dinnerSlot(3);
    const made = await sims.forkScenario.createReservation({
      mealDate: slot.iso,
      partySize: 3,
      customer: { email: 'ines.morel@example.com', firstName: 'Inès', lastName: 'Morel' },
      silent: true,
    });
    await engine.pollNow();
    await engine.pollNow();
    await engine.idle();
    const mapping = await desk.repos.sync.mappingOf(
      'thefork',
      'reservation',
      made.reservation.reservationUuid,
    );
    expect(mapping).not.toBeNull();
    const local = await desk.repos.reservations.byId(mapping?.entityId ?? '');
    expect(local).toMatchObject({ partySize: 3, startsAt: slot.ms, status: 'confirmed' });
    expect(local?.guestName).toMatch(/Morel/);
    const same = (await desk.reservations()).filter((r) => r.startsAt === slot.ms);
    expect(same).toHaveLength(1);
    // A booking first seen on TheFork is not created on Zenchef.
    expect(await mappingOf('formitable', local?.id ?? '')).toBeUndefined();
  });

  it('sends a booking made on the desk to both platforms, then a desk cancellation', async () => {
    const slot = dinnerSlot(4);
    const r = await desk.repos.reservations.create(
      reservationDraft({
        startsAt: slot.ms,
        partySize: 2,
        email: 'paul.roy@example.com',
        guestName: 'Paul Roy',
      }),
    );
    const fork = await eventually(() => mappingOf('thefork', r.id), 8_000, 'TheFork mapping');
    const form = await eventually(() => mappingOf('formitable', r.id), 8_000, 'Zenchef mapping');
    const onFork = await sims.forkScenario.reservation(fork.externalId);
    expect(onFork.reservation).toMatchObject({ partySize: 2, status: 'RECORDED' });
    const onForm = await sims.formScenario.booking(form.externalId);
    expect(onForm.booking).toMatchObject({ numberOfPeople: 2, externalReferenceId: r.id });

    await desk.repos.reservations.setStatus(r.id, 'cancelled');
    await eventually(
      async () =>
        (await sims.forkScenario.reservation(fork.externalId)).reservation.status === 'CANCELED',
      8_000,
      'TheFork cancellation',
    );
    await eventually(
      async () => (await sims.formScenario.booking(form.externalId)).booking.status === 'CANCELLED',
      8_000,
      'Zenchef cancellation',
    );
    await engine.idle();
    const logs = await desk.logs();
    const creates = logs.filter(
      (l) =>
        l.entityId === r.id && l.action === 'create' && l.jobId !== undefined && l.id !== l.jobId,
    );
    expect(creates.map((l) => `${l.platform}:${l.status}`).sort()).toEqual([
      'formitable:succeeded',
      'thefork:succeeded',
    ]);
    expect(
      logs.some((l) => l.entityId === r.id && l.action === 'cancel' && l.status === 'succeeded'),
    ).toBe(true);
  });

  it('lands a cancellation made on a platform on the desk, and on the other platform', async () => {
    const slot = dinnerSlot(5);
    const r = await desk.repos.reservations.create(
      reservationDraft({
        startsAt: slot.ms,
        partySize: 4,
        email: 'lea.petit@example.com',
        guestName: 'Léa Petit',
      }),
    );
    const fork = await eventually(() => mappingOf('thefork', r.id), 8_000, 'TheFork mapping');
    const form = await eventually(() => mappingOf('formitable', r.id), 8_000, 'Zenchef mapping');
    await engine.idle();
    await sims.forkScenario.cancelReservation(fork.externalId, { silent: true });
    await engine.pollNow();
    await engine.idle();
    expect((await desk.repos.reservations.byId(r.id))?.status).toBe('cancelled');
    await eventually(
      async () => (await sims.formScenario.booking(form.externalId)).booking.status === 'CANCELLED',
      8_000,
      'the cancellation to reach Zenchef',
    );
  });

  it('refuses a cancellation for a seated guest and logs it', async () => {
    const slot = dinnerSlot(0, 23, 0);
    const r = await desk.repos.reservations.create(
      reservationDraft({
        startsAt: slot.ms,
        partySize: 2,
        email: 'max.blanc@example.com',
        guestName: 'Max Blanc',
      }),
    );
    const form = await eventually(() => mappingOf('formitable', r.id), 8_000, 'Zenchef mapping');
    await engine.idle();
    await desk.repos.reservations.setStatus(r.id, 'seated');
    await engine.idle();
    await sims.formScenario.cancelBooking(form.externalId, { silent: true });
    await engine.pollNow();
    await engine.idle();
    expect((await desk.repos.reservations.byId(r.id))?.status).toBe('seated');
    const refused = (await desk.logs()).filter(
      (l) => l.entityId === r.id && l.action === 'refuse_cancel',
    );
    expect(refused).toHaveLength(1);
    expect(refused[0]?.error?.message).toMatch(/cancellation arrived for a seated reservation/);
  });

  it('turns a party size changed on both sides into one conflict, and applies the decision everywhere', async () => {
    const slot = dinnerSlot(6);
    const r = await desk.repos.reservations.create(
      reservationDraft({
        startsAt: slot.ms,
        partySize: 2,
        email: 'ana.lima@example.com',
        guestName: 'Ana Lima',
      }),
    );
    const fork = await eventually(() => mappingOf('thefork', r.id), 8_000, 'TheFork mapping');
    const form = await eventually(() => mappingOf('formitable', r.id), 8_000, 'Zenchef mapping');
    await engine.idle();
    await engine.stop();
    await desk.repos.reservations.update(r.id, { partySize: 4 });
    await sims.forkScenario.updateReservation(fork.externalId, { partySize: 6, silent: true });
    engine = build();
    await engine.start();
    await engine.pollNow();
    await engine.idle();

    const open = await desk.repos.sync.openConflictsOf('reservation', r.id);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      platform: 'thefork',
      externalId: fork.externalId,
      fields: [{ field: 'partySize', local: 4, remote: 6, base: 2 }],
      localVersion: { partySize: 4 },
      remoteVersion: { partySize: 6 },
    });
    // Nothing overwritten: the desk keeps 4, TheFork keeps 6, Zenchef (no dispute) got 4.
    expect((await desk.repos.reservations.byId(r.id))?.partySize).toBe(4);
    expect((await sims.forkScenario.reservation(fork.externalId)).reservation.partySize).toBe(6);
    await eventually(
      async () => (await sims.formScenario.booking(form.externalId)).booking.numberOfPeople === 4,
    );

    // The Inbox decides: TheFork's 6 wins.
    await desk.repos.sync.resolveConflict(open[0]?.id ?? '', { partySize: 'remote' }, 'Manager');
    await eventually(async () => (await desk.repos.reservations.byId(r.id))?.partySize === 6);
    await eventually(
      async () => (await sims.formScenario.booking(form.externalId)).booking.numberOfPeople === 6,
      8_000,
      'Zenchef to get the decided party size',
    );
    await engine.pollNow();
    await engine.idle();
    expect((await sims.forkScenario.reservation(fork.externalId)).reservation.partySize).toBe(6);
    expect(await desk.repos.sync.openConflictsOf('reservation', r.id)).toHaveLength(0);
    const logs = await desk.logs();
    expect(logs.filter((l) => l.action === 'resolve' && l.entityId === r.id)).toHaveLength(1);
    expect(logs.filter((l) => l.action === 'conflict' && l.entityId === r.id)).toHaveLength(1);
  });

  it('reports per platform: connected, last success, queue depth', async () => {
    const status = await engine.status();
    expect(status.running).toBe(true);
    expect(status.platforms.map((p) => [p.platform, p.connected, p.queueDepth])).toEqual(
      [
        ['thefork', true, 0],
        ['formitable', true, 0],
      ].sort(),
    );
    expect(status.platforms.every((p) => p.lastSuccessAt !== null)).toBe(true);
  });
});
