import { z } from 'zod';
import { EpochMs, LocalDate } from '../../../shared/domain/primitives';
import type { ReservationStatus } from '../../../shared/domain/reservation';
import type { BreakerState } from '../http/circuit-breaker';
import type { PlatformError } from '../http/platform-errors';
import type {
  AvailabilityQuery,
  NeutralAvailability,
  NeutralCustomer,
  NeutralOffer,
  NeutralRoom,
  NeutralTable,
} from './neutral/neutral-catalog';
import type {
  CancelOutcome,
  NeutralReservation,
  NeutralReservationChange,
  NeutralReservationDraft,
  WriteOutcome,
} from './neutral/neutral-reservation';

/**
 * What the sync engine asks of a booking platform. Every method either returns neutral DTOs or
 * throws a PlatformError (see http/platform-errors.ts); none returns platform wire shapes.
 * Optional features live in `capabilities`: absent means the platform does not have them (they are
 * never faked with no-ops).
 */
export interface PlatformConnector {
  /** Platform slug, as in platform_config (`thefork`, `formitable`). */
  readonly platform: string;
  /** Name shown to people. */
  readonly platformName: string;
  readonly capabilities: ConnectorCapabilities;
  /** How pullChanges covers the platform (see PullCoverage). */
  readonly pullMode: PullCoverage['kind'];

  /** Checks the credentials and the restaurant id with one real call. */
  authenticate(): Promise<AuthCheck>;

  createReservation(draft: NeutralReservationDraft): Promise<WriteOutcome>;
  updateReservation(externalId: string, change: NeutralReservationChange): Promise<WriteOutcome>;
  /** Cancelling an already cancelled reservation succeeds with `alreadyCancelled`. */
  cancelReservation(externalId: string): Promise<CancelOutcome>;
  /** Throws NotFoundError when the platform does not know the id. */
  fetchReservation(externalId: string): Promise<NeutralReservation>;

  readAvailability(query: AvailabilityQuery): Promise<NeutralAvailability>;

  /**
   * Reservations changed since the cursor (or, for window platforms, all in the window: the
   * engine diffs). One bad record never fails the pull: it lands in `failures`.
   */
  pullChanges(cursor: PullCursor): Promise<PullResult>;

  /** Reads an inbound webhook body (already verified by the relay). Never throws. */
  parseInboundEvent(payload: unknown): InboundEvent;

  /** For the sync status screen. */
  health(): ConnectorHealth;
}

export interface AuthCheck {
  /** One sentence: what we are connected to. */
  readonly summary: string;
  readonly restaurantName?: string;
}

export interface ConnectorHealth {
  readonly circuit: BreakerState;
  /** The platform asked us to wait this long (429 Retry-After). */
  readonly rateLimitedForMs: number;
}

// ---- capabilities -------------------------------------------------------------------------------

export type StatusTarget = 'arrived' | 'seated' | 'completed';

export interface StatusChangeOutcome {
  readonly reservation: NeutralReservation;
  /** Platform calls made, in order (`check-in`, `check-out`); empty when already there. */
  readonly calls: readonly string[];
  readonly warnings: readonly string[];
}

export interface StatusChangeCapability {
  readonly targets: readonly StatusTarget[];
  /** The status a pull shows after each target (e.g. Formitable shows only the check-in). */
  readonly readsBackAs: Readonly<Record<StatusTarget, ReservationStatus>>;
  /** Moves the reservation to `target`, reading the platform's state first: never toggles back. */
  change(externalId: string, target: StatusTarget): Promise<StatusChangeOutcome>;
}

export interface RoomsCapability {
  listRooms(): Promise<NeutralRoom[]>;
}

export interface TablesCapability {
  listTables(): Promise<NeutralTable[]>;
}

export interface OffersCapability {
  /** `locale` as BCP 47 (`fr-FR`). */
  listOffers(locale: string): Promise<NeutralOffer[]>;
}

export interface CustomersCapability {
  fetchCustomer(externalId: string): Promise<NeutralCustomer>;
}

export interface AvailabilityCalendarCapability {
  /** Restaurant-local dates with at least one bookable slot, `from` to `to` included. */
  bookableDates(from: string, to: string, partySize?: number): Promise<string[]>;
  /** Party sizes bookable somewhere in the range. */
  partySizes(from: string, to: string): Promise<number[]>;
}

export interface AvailabilityPushCapability {
  /** Opens or closes online booking for a local time range of one day. */
  setOnlineAvailability(input: {
    date: string;
    startTime: string;
    endTime?: string;
    open: boolean;
  }): Promise<void>;
}

export interface ConnectorCapabilities {
  readonly statusChanges?: StatusChangeCapability;
  readonly rooms?: RoomsCapability;
  readonly tables?: TablesCapability;
  readonly offers?: OffersCapability;
  readonly customers?: CustomersCapability;
  readonly availabilityCalendar?: AvailabilityCalendarCapability;
  readonly availabilityPush?: AvailabilityPushCapability;
}

/** Names of the capabilities a connector has, for settings screens and logs. */
export function capabilityNames(capabilities: ConnectorCapabilities): string[] {
  return Object.entries(capabilities)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key)
    .sort();
}

// ---- pull ---------------------------------------------------------------------------------------

export const PullCursor = z.strictObject({
  /** Changes at or after this instant are wanted (platforms may return more; never less). */
  since: EpochMs,
  /** An unfinished pull: where to resume in a stable listing. */
  resume: z
    .strictObject({
      until: LocalDate,
      offset: z.int().min(0).max(1_000_000),
      /** When the unfinished pull began: the next complete pull starts from there. */
      startedAt: EpochMs,
    })
    .optional(),
});
export type PullCursor = z.infer<typeof PullCursor>;

export type PullCoverage =
  /** Every reservation updated since `since` (TheFork: by whole UTC days up to `until`). */
  | { readonly kind: 'updated_since'; readonly since: number; readonly until: string }
  /**
   * Every reservation whose date is in the window, changed or not (Formitable). A reservation
   * missing from the window may have moved out of it: absence is not deletion.
   */
  | { readonly kind: 'window'; readonly from: string; readonly days: number };

export interface PullFailure {
  readonly externalId?: string;
  readonly error: PlatformError;
}

export interface PullResult {
  readonly reservations: readonly NeutralReservation[];
  readonly failures: readonly PullFailure[];
  /** Pass it to the next pull. */
  readonly next: PullCursor;
  /** True when the pull stopped at its budget: call again soon with `next`. */
  readonly hasMore: boolean;
  readonly coverage: PullCoverage;
}

// ---- inbound events -----------------------------------------------------------------------------

export type InboundEvent =
  /** Fetch this reservation (thin webhook). */
  | {
      readonly kind: 'reservation';
      readonly externalId: string;
      readonly change: 'created' | 'updated';
    }
  | {
      readonly kind: 'customer';
      readonly externalId: string;
      readonly change: 'created' | 'updated';
    }
  /** Something changed: poll now (the payload is not trusted as data). */
  | { readonly kind: 'poll'; readonly externalIdHint?: string }
  /** Well formed but not for us (another restaurant, an entity we do not sync). */
  | { readonly kind: 'ignored'; readonly reason: string }
  /** Malformed: log it and move on. */
  | { readonly kind: 'invalid'; readonly reason: string };
