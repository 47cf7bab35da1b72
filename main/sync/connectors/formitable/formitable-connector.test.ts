import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startCaptureServer,
  type CaptureServer,
} from '../../../../sim/common/testing/capture-server';
import { NotFoundError, ValidationError } from '../../http/platform-errors';
import type { NeutralReservationDraft } from '../neutral/neutral-reservation';
import { capabilityNames } from '../platform-connector';
import { localDay, localInstant } from '../testing/local-times';
import { startFormSetup, type FormSetup } from '../testing/sim-connectors';

const AMS = 'Europe/Amsterdam';

function draft(overrides: Partial<NeutralReservationDraft> = {}): NeutralReservationDraft {
  return {
    localId: `res-${Math.random().toString(36).slice(2, 10)}`,
    status: 'confirmed',
    startsAt: localInstant(2, '19:00', AMS),
    durationMinutes: 90,
    partySize: 2,
    guest: {
      name: 'Johan de Vries',
      email: 'johan@example.nl',
      phone: '+31 6 1234 5678',
      locale: 'nl-NL',
    },
    notes: 'Quiet corner',
    tableIds: [],
    ...overrides,
  };
}

describe('Formitable connector against the simulator', () => {
  let setup: FormSetup;
  let relay: CaptureServer;
  beforeAll(async () => {
    relay = await startCaptureServer();
    setup = await startFormSetup({
      relayUrl: `${relay.url}/hooks/t1/formitable`,
      webhookRetryDelaysMs: [20],
    });
  });
  afterAll(async () => {
    await setup.close();
    await relay.close();
  });
  beforeEach(async () => {
    await setup.scenario.clearRequests();
  });

  it('authenticates and names the restaurant', async () => {
    const check = await setup.connector.authenticate();
    expect(check.restaurantName).toBe('Bistro Simulatie');
    expect(check.summary).toContain('W. Europe Standard Time');
  });

  it('declares status changes, rooms and tables, and no offers or customers', () => {
    expect(capabilityNames(setup.connector.capabilities)).toEqual([
      'rooms',
      'statusChanges',
      'tables',
    ]);
    expect(setup.connector.capabilities.statusChanges?.readsBackAs.completed).toBe('arrived');
  });

  it('lists areas as rooms and tables with their room', async () => {
    setup.lookup.add('dining_room', '2', 'room-terrace');
    const rooms = await setup.connector.capabilities.rooms?.listRooms();
    expect(rooms).toEqual([
      { externalId: '1', name: 'Restaurant', position: 1 },
      { externalId: '2', name: 'Terrace', position: 2 },
    ]);
    const tables = await setup.connector.capabilities.tables?.listTables();
    expect(tables).toHaveLength(10);
    expect(tables?.find((t) => t.externalId === '201')).toEqual({
      externalId: '201',
      label: '20',
      seatsMin: 1,
      seatsMax: 2,
      roomExternalId: '2',
      diningRoomId: 'room-terrace',
    });
  });

  it('creates a booking and maps it back field by field', async () => {
    const input = draft();
    const { reservation, warnings } = await setup.connector.createReservation(input);
    expect(warnings).toEqual([]);
    expect(reservation).toMatchObject({
      platform: 'formitable',
      localId: input.localId,
      status: 'confirmed',
      platformStatus: 'ACCEPTED',
      startsAt: input.startsAt,
      durationMinutes: 90,
      partySize: 2,
      guest: {
        name: 'Johan de Vries',
        firstName: 'Johan de',
        lastName: 'Vries',
        email: 'johan@example.nl',
        phone: '+31 6 1234 5678',
        locale: 'nl',
      },
      notes: 'Quiet corner',
      source: 'zenchef',
      channel: 'couvert',
    });
    expect(reservation.refs.tables).toHaveLength(1);
    // Tables unknown to the desk are left out, never guessed.
    expect(reservation.tableIds).toEqual([]);
    expect(reservation.dropped.map((d) => d.field)).toEqual(['tableIds']);
    expect(reservation.platformCreatedAt).toBeGreaterThan(Date.now() - 60_000);
    const onSim = await setup.scenario.booking(reservation.externalId);
    expect(onSim.booking.bookingDateTime).toMatch(/T19:00:00\+0[12]:00$/);
    expect(onSim.booking.externalReferenceId).toBe(input.localId);
  });

  it('does not create twice: a retried create finds the first one by our id', async () => {
    const input = draft({ startsAt: localInstant(2, '20:00', AMS) });
    const first = await setup.connector.createReservation(input);
    await setup.scenario.clearRequests();
    const second = await setup.connector.createReservation(input);
    expect(second.reservation.externalId).toBe(first.reservation.externalId);
    expect(second.warnings[0]).toMatch(/not created twice/);
    expect((await setup.scenario.requests()).some((r) => r.method === 'POST')).toBe(false);
  });

  it('sends mapped tables, and leaves partly mapped ones to Formitable', async () => {
    setup.lookup.add('dining_table', '106', 'table-6');
    setup.lookup.add('dining_table', '202', 'table-21');
    setup.lookup.add('dining_room', '1', 'room-main');
    const placed = await setup.connector.createReservation(
      draft({ partySize: 5, tableIds: ['table-6'], startsAt: localInstant(3, '19:00', AMS) }),
    );
    expect(placed.reservation.refs.tables).toEqual(['106']);
    expect(placed.reservation.tableIds).toEqual(['table-6']);
    expect(placed.reservation.diningRoomId).toBe('room-main');
    const partly = await setup.connector.createReservation(
      draft({ tableIds: ['table-21', 'table-unknown'], startsAt: localInstant(3, '12:00', AMS) }),
    );
    expect(partly.warnings.join(' ')).toMatch(/tables were not sent/);
    expect(partly.reservation.refs.tables).toHaveLength(1);
  });

  it('updates only what changed and reports what Formitable cannot take', async () => {
    const { reservation } = await setup.connector.createReservation(
      draft({ startsAt: localInstant(4, '19:00', AMS) }),
    );
    const later = localInstant(4, '20:15', AMS);
    const updated = await setup.connector.updateReservation(reservation.externalId, {
      startsAt: later,
      partySize: 4,
      notes: 'Now four',
      tableIds: [],
      offerId: 'offer-x',
    });
    expect(updated.reservation.startsAt).toBe(later);
    expect(updated.reservation.partySize).toBe(4);
    expect(updated.reservation.notes).toBe('Now four');
    expect(updated.reservation.guest.name).toBe('Johan de Vries');
    expect(updated.ignoredFields).toEqual(['tableIds', 'offerId']);
  });

  it('cancels once, then reports alreadyCancelled without calling DELETE', async () => {
    const { reservation } = await setup.connector.createReservation(
      draft({ startsAt: localInstant(5, '19:00', AMS) }),
    );
    const first = await setup.connector.cancelReservation(reservation.externalId);
    expect(first).toMatchObject({ alreadyCancelled: false, reservation: { status: 'cancelled' } });
    await setup.scenario.clearRequests();
    const second = await setup.connector.cancelReservation(reservation.externalId);
    expect(second.alreadyCancelled).toBe(true);
    expect((await setup.scenario.requests()).some((r) => r.method === 'DELETE')).toBe(false);
  });

  it('maps CREATED, EXPIRED, FAILED and check-in, with local times read in the restaurant zone', async () => {
    const day = localDay(6, AMS);
    const make = (status: 'CREATED' | 'FAILED' | 'ACCEPTED', time: string) =>
      setup.scenario.createBooking({
        bookingDateTime: `${day}T${time}`,
        numberOfPeople: 2,
        status,
        firstName: 'Eva',
        lastName: 'Bos',
        silent: true,
      });
    const created = await make('CREATED', '18:00');
    const failed = await make('FAILED', '18:15');
    const accepted = await make('ACCEPTED', '18:30');
    await setup.scenario.toggleCheckIn(accepted.booking.uid, { silent: true });
    const read = (uid: string) => setup.connector.fetchReservation(uid);
    const r1 = await read(created.booking.uid);
    expect(r1.status).toBe('requested');
    expect(r1.startsAt).toBe(localInstant(6, '18:00', AMS));
    expect(r1.channel).toBe('Formitable');
    expect(r1.localId).toBeUndefined();
    expect((await read(failed.booking.uid)).status).toBe('cancelled');
    const r3 = await read(accepted.booking.uid);
    expect(r3.status).toBe('arrived');
    expect(r3.platformStatus).toBe('ACCEPTED+checkin');
    expect(r3.arrivedAt).toBeGreaterThan(Date.now() - 60_000);
    const option = await setup.scenario.createBooking({
      bookingDateTime: `${day}T18:45`,
      numberOfPeople: 2,
      status: 'CREATED',
      optionExpires: `${localDay(0, AMS)}T00:00`,
      silent: true,
    });
    expect((await read(option.booking.uid)).status).toBe('cancelled');
  });

  it('never toggles check-in or check-out back by accident', async () => {
    const changes = setup.connector.capabilities.statusChanges;
    if (!changes) throw new Error('status changes expected');
    const { reservation } = await setup.connector.createReservation(
      draft({
        startsAt:
          localInstant(0, '23:00', AMS) > Date.now()
            ? localInstant(0, '23:00', AMS)
            : localInstant(1, '12:00', AMS),
      }),
    );
    const uid = reservation.externalId;
    const arrived = await changes.change(uid, 'arrived');
    expect(arrived.calls).toEqual(['check-in']);
    expect(arrived.reservation.status).toBe('arrived');
    expect((await changes.change(uid, 'arrived')).calls).toEqual([]);
    const seated = await changes.change(uid, 'seated');
    expect(seated.calls).toEqual([]);
    expect(seated.warnings[0]).toMatch(/no seated step/);
    expect((await setup.scenario.booking(uid)).booking.checkInDateTime).not.toBeNull();
    const completed = await changes.change(uid, 'completed');
    expect(completed.calls).toEqual(['check-out']);
    const again = await changes.change(uid, 'completed');
    expect(again.calls).toEqual([]);
    const onSim = await setup.scenario.booking(uid);
    expect(onSim.checkedOut).toBe(true);
    expect(onSim.booking.checkInDateTime).not.toBeNull();

    const fresh = await setup.connector.createReservation(
      draft({ startsAt: localInstant(1, '13:00', AMS) }),
    );
    const done = await changes.change(fresh.reservation.externalId, 'completed');
    expect(done.calls).toEqual(['check-in', 'check-out']);

    await setup.connector.cancelReservation(fresh.reservation.externalId).catch(() => undefined);
    const cancelled = await setup.connector.createReservation(
      draft({ startsAt: localInstant(1, '13:30', AMS) }),
    );
    await setup.connector.cancelReservation(cancelled.reservation.externalId);
    await expect(
      changes.change(cancelled.reservation.externalId, 'arrived'),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('reads a day of availability', async () => {
    const day = await setup.connector.readAvailability({ date: localDay(8, AMS), partySize: 2 });
    expect(day.slots.length).toBeGreaterThan(10);
    const first = day.slots[0];
    expect(first?.startsAt).toBe(localInstant(8, '12:00', AMS));
    expect(first?.available).toBe(true);
    expect(first?.platformStatus).toBe('AVAILABLE');
    expect(first?.maxDurationMinutes).toBeGreaterThan(0);
  });

  it('polls the booking window across two calls and returns every booking in it', async () => {
    const near = await setup.scenario.createBooking({
      bookingDateTime: `${localDay(1, AMS)}T12:30`,
      numberOfPeople: 3,
      silent: true,
    });
    const far = await setup.scenario.createBooking({
      bookingDateTime: `${localDay(45, AMS)}T19:30`,
      numberOfPeople: 2,
      silent: true,
    });
    const result = await setup.connector.pullChanges({ since: Date.now() - 3_600_000 });
    const ids = result.reservations.map((r) => r.externalId);
    expect(ids).toContain(near.booking.uid);
    expect(ids).toContain(far.booking.uid);
    expect(result.failures).toEqual([]);
    expect(result.hasMore).toBe(false);
    expect(result.coverage).toEqual({ kind: 'window', from: localDay(0, AMS), days: 62 });
    const windows = (await setup.scenario.requests()).filter((r) =>
      /\/booking\/\d{4}-/.test(r.path),
    );
    expect(windows.map((r) => r.path.split('/').slice(-2).join('/'))).toEqual([
      `${localDay(0, AMS)}/31`,
      `${localDay(31, AMS)}/31`,
    ]);
  });

  it('treats a webhook as "poll now", with the booking as a hint only', async () => {
    relay.received.length = 0;
    const made = await setup.scenario.createBooking({
      bookingDateTime: `${localDay(2, AMS)}T13:00`,
      numberOfPeople: 2,
    });
    const [hook] = await relay.waitFor(1);
    const event = setup.connector.parseInboundEvent(hook?.body);
    expect(event).toEqual({ kind: 'poll', externalIdHint: made.booking.uid });
    expect(
      setup.connector.parseInboundEvent({ data: { restaurantUid: 'ffffffff', bookingUid: 'x' } }),
    ).toMatchObject({ kind: 'ignored' });
    expect(setup.connector.parseInboundEvent('<<garbage>>')).toEqual({ kind: 'poll' });
    expect(setup.connector.parseInboundEvent(42)).toEqual({ kind: 'poll' });
  });

  it('answers NotFoundError for an unknown booking and refuses a malformed id locally', async () => {
    await expect(setup.connector.fetchReservation('abcdef123456')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await setup.scenario.clearRequests();
    await expect(setup.connector.fetchReservation('../../restaurants')).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await setup.scenario.requests()).toEqual([]);
  });
});
