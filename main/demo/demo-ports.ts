import type { SeededRandom } from '../../shared/demo/seeded-random';
import type { FormitableScenarioClient } from '../../sim/formitable/scenario-client';
import type { TheForkScenarioClient } from '../../sim/thefork/scenario-client';
import type { Logger } from '../ports';
import type { EngineClock, TimerPort } from '../sync/engine/engine-ports';
import type { DemoActivityOptionsInput } from './demo-activity-options';

/** The parts of the simulators' scenario clients the demo uses (the real clients fit). */
export type TheForkScenarioPort = Pick<
  TheForkScenarioClient,
  'reservations' | 'createReservation' | 'updateReservation' | 'cancelReservation'
>;
export type FormitableScenarioPort = Pick<
  FormitableScenarioClient,
  'bookings' | 'createBooking' | 'updateBooking' | 'cancelBooking'
>;

/** One simulated platform the demo acts on. */
export interface DemoPlatformDeps<Scenario> {
  readonly scenario: Scenario;
  /**
   * The platform's slug on the desk (`platform_config.platform`, `external_mappings.platform`);
   * default `thefork` / `formitable`.
   */
  readonly deskPlatform?: string;
  /**
   * Stage conflicts on this platform (default true). Set false when its platform_config masters
   * reservations: the platform's value then wins and no conflict can arise.
   */
  readonly conflicts?: boolean;
}

export interface DemoFormitableDeps extends DemoPlatformDeps<FormitableScenarioPort> {
  /** `source` the simulator gives to bookings made through its API (the desk's), default `couvert`. */
  readonly apiSource?: string;
}

/** A desk reservation as the demo needs to see it. */
export interface DeskBookingView {
  readonly id: string;
  readonly partySize: number;
  readonly status: string;
  /** Open conflicts on this reservation: the demo leaves such bookings alone. */
  readonly openConflicts: number;
}

/** The desk side of a staged conflict (see demo-desk-port.ts for the repositories version). */
export interface DemoDeskPort {
  /** The desk reservation a platform booking was brought in as, or null while not synced. */
  bookingOf(platform: string, externalId: string): Promise<DeskBookingView | null>;
  /** A host's edit on the desk, written like the UI writes it (the sync engine sees it). */
  setPartySize(reservationId: string, partySize: number): Promise<void>;
}

export interface DemoActivityDeps {
  /** At least one of the two simulators. */
  readonly thefork?: DemoPlatformDeps<TheForkScenarioPort>;
  readonly formitable?: DemoFormitableDeps;
  /** Without it, no conflicts are staged (bookings, changes and cancellations only). */
  readonly desk?: DemoDeskPort;
  readonly clock: EngineClock;
  readonly timers: TimerPort;
  /** Seeded: `seededRandom(seed)` from shared/demo/seeded-random. */
  readonly random: SeededRandom;
  readonly logger: Logger;
  readonly options?: DemoActivityOptionsInput;
}

export type DemoPlatformLabel = 'TheFork' | 'Zenchef';

/** What one tick did (also logged). */
export type TickOutcome =
  | {
      readonly kind: 'booked';
      readonly platform: DemoPlatformLabel;
      readonly externalId: string;
      readonly startsAt: number;
      readonly partySize: number;
      readonly guestName: string;
    }
  | {
      readonly kind: 'changed';
      readonly platform: DemoPlatformLabel;
      readonly externalId: string;
      readonly change: { readonly startsAt?: number; readonly partySize?: number };
    }
  | {
      readonly kind: 'cancelled';
      readonly platform: DemoPlatformLabel;
      readonly externalId: string;
    }
  | {
      readonly kind: 'conflict';
      readonly platform: DemoPlatformLabel;
      readonly externalId: string;
      readonly reservationId: string;
      /** Party size before, then as written on the desk and on the platform. */
      readonly base: number;
      readonly desk: number;
      readonly remote: number;
    }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'failed'; readonly action: string; readonly error: string };

export interface DemoActivity {
  /** Runs one tick now (after the one in flight, if any); resolves with what it did. */
  tickNow(): Promise<TickOutcome>;
  /** Resolves when no tick is running. */
  idle(): Promise<void>;
  /** Ticks run so far. */
  readonly ticks: number;
  /** Cancels the next tick and waits for the one in flight; idempotent. */
  stop(): Promise<void>;
}
