import type { SeededRandom } from '../../shared/demo/seeded-random';
import type { ScenarioBooking } from '../../sim/formitable/scenario-schemas';
import type { ScenarioReservation } from '../../sim/thefork/scenario-schemas';
import type { DemoGuest, GuestOrigin } from './demo-guests';
import type {
  DemoFormitableDeps,
  DemoPlatformDeps,
  DemoPlatformLabel,
  TheForkScenarioPort,
} from './demo-ports';
import { isoWithOffset, type PlatformHours } from './demo-slots';

/** A booking as the demo sees it on a platform. */
export interface PlatformBooking {
  readonly externalId: string;
  readonly startsAt: number;
  readonly partySize: number;
  readonly guestName: string;
}

export interface BookingChange {
  readonly startsAt?: number;
  readonly partySize?: number;
}

/** The outside world on one platform, through its simulator's scenario API only. */
export interface PlatformActor {
  readonly label: DemoPlatformLabel;
  readonly deskPlatform: string;
  readonly conflicts: boolean;
  readonly hours: PlatformHours;
  /** Whose names book here. */
  readonly origins: readonly (readonly [GuestOrigin, number])[];
  /** Upcoming, still-active bookings made on the platform itself (not through its API). */
  upcoming(now: number): Promise<PlatformBooking[]>;
  book(guest: DemoGuest, startsAt: number, partySize: number): Promise<PlatformBooking>;
  /** `silent`: no webhook (only polling, or the desk's own check, sees it). */
  change(externalId: string, change: BookingChange, silent: boolean): Promise<PlatformBooking>;
  cancel(externalId: string): Promise<void>;
}

const FORK_ACTIVE: readonly string[] = ['RECORDED', 'REQUESTED', 'CONFIRMED'];
/** What TheFork calls a booking made through its API (by the desk). */
const FORK_API_CHANNEL = 'TheFork Manager API';

function forkBooking(r: ScenarioReservation): PlatformBooking {
  const name = [r.customer?.firstName, r.customer?.lastName].filter((p) => p != null).join(' ');
  return {
    externalId: r.reservation.reservationUuid,
    startsAt: Date.parse(r.reservation.mealDate ?? ''),
    partySize: r.reservation.partySize,
    guestName: name,
  };
}

export function theForkActor(
  deps: DemoPlatformDeps<TheForkScenarioPort>,
  random: SeededRandom,
  timeZone: string,
): PlatformActor {
  const scenario = deps.scenario;
  return {
    label: 'TheFork',
    deskPlatform: deps.deskPlatform ?? 'thefork',
    conflicts: deps.conflicts ?? true,
    // The simulator's services (sim/README.md): seatings every 30 min.
    hours: {
      slotMinutes: 30,
      windows: [
        ['12:00', '14:00'],
        ['19:00', '22:00'],
      ],
    },
    origins: [
      ['fr', 70],
      ['en', 20],
      ['nl', 10],
    ],
    upcoming: async (now) =>
      (await scenario.reservations())
        .filter(
          (r) =>
            r.reservation.reservationChannel !== FORK_API_CHANNEL &&
            FORK_ACTIVE.includes(r.reservation.status) &&
            r.reservation.mealStatus === null,
        )
        .map(forkBooking)
        .filter((b) => b.startsAt > now),
    book: async (guest, startsAt, partySize) =>
      forkBooking(
        await scenario.createReservation({
          mealDate: isoWithOffset(startsAt, timeZone),
          partySize,
          customer: {
            email: guest.email,
            firstName: guest.firstName,
            lastName: guest.lastName,
            phone: guest.phone,
            locale: { fr: 'fr_FR', nl: 'nl_NL', en: 'en_GB' }[guest.origin],
            civility: guest.gender === 'f' ? 'mrs' : 'mr',
          },
          ...(guest.note === undefined ? {} : { customerNote: guest.note }),
          reservationChannel: random.weighted([
            ['TheFork', 70],
            ['Booking Module', 15],
            ['Google', 15],
          ] as const),
        }),
      ),
    change: async (externalId, change, silent) =>
      forkBooking(
        await scenario.updateReservation(externalId, {
          ...(change.startsAt === undefined
            ? {}
            : { mealDate: isoWithOffset(change.startsAt, timeZone) }),
          ...(change.partySize === undefined ? {} : { partySize: change.partySize }),
          silent,
        }),
      ),
    cancel: async (externalId) => {
      await scenario.cancelReservation(externalId);
    },
  };
}

const FORM_ACTIVE: readonly string[] = ['ACCEPTED', 'CREATED'];

function formBooking(b: ScenarioBooking): PlatformBooking {
  return {
    externalId: b.booking.uid,
    startsAt: Date.parse(b.booking.bookingDateTime),
    partySize: b.booking.numberOfPeople,
    guestName: [b.booking.firstName, b.booking.lastName].filter((p) => p !== null).join(' '),
  };
}

export function formitableActor(deps: DemoFormitableDeps, timeZone: string): PlatformActor {
  const scenario = deps.scenario;
  const apiSource = (deps.apiSource ?? 'couvert').toLowerCase();
  return {
    label: 'Zenchef',
    deskPlatform: deps.deskPlatform ?? 'formitable',
    conflicts: deps.conflicts ?? true,
    // The simulator's shifts (sim/formitable/config.ts): every 15 min, dinner seats until 21:30.
    hours: {
      slotMinutes: 15,
      windows: [
        ['12:00', '14:30'],
        ['17:30', '21:30'],
      ],
    },
    origins: [
      ['nl', 50],
      ['fr', 30],
      ['en', 20],
    ],
    upcoming: async (now) =>
      (await scenario.bookings())
        .filter(
          (b) =>
            (b.booking.source ?? '').toLowerCase() !== apiSource &&
            FORM_ACTIVE.includes(b.booking.status) &&
            b.booking.checkInDateTime === null,
        )
        .map(formBooking)
        .filter((b) => b.startsAt > now),
    book: async (guest, startsAt, partySize) =>
      formBooking(
        await scenario.createBooking({
          // With its offset: the simulator's zone (Europe/Amsterdam) need not be the desk's.
          bookingDateTime: isoWithOffset(startsAt, timeZone),
          numberOfPeople: partySize,
          firstName: guest.firstName,
          lastName: guest.lastName,
          email: guest.email,
          telephone: guest.phone,
          culture: guest.origin,
          title: guest.gender === 'f' ? 'FEMALE' : 'MALE',
          ...(guest.note === undefined ? {} : { comments: guest.note }),
        }),
      ),
    change: async (externalId, change, silent) =>
      formBooking(
        await scenario.updateBooking(externalId, {
          ...(change.startsAt === undefined
            ? {}
            : { bookingDateTime: isoWithOffset(change.startsAt, timeZone) }),
          ...(change.partySize === undefined ? {} : { numberOfPeople: change.partySize }),
          silent,
        }),
      ),
    cancel: async (externalId) => {
      await scenario.cancelBooking(externalId);
    },
  };
}
