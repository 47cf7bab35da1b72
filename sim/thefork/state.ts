import { applyPatch } from '../common/apply-patch';
import type { Rng } from '../common/random';
import type { AvailabilityContext } from './availability';
import type {
  Civility,
  ForkCustomer,
  ForkReservation,
  ForkRestaurant,
  MealStatus,
  ReservationChannel,
  ReservationStatus,
} from './model';

/** A thin webhook, as TheFork sends it (the payload is only ids: the receiver fetches). */
export type ForkEvent =
  | {
      readonly entityType: 'reservation';
      readonly eventType: 'reservationCreated' | 'reservationUpdated';
      readonly uuid: string;
      readonly groupUuid: string;
      readonly restaurantUuid: string;
    }
  | {
      readonly entityType: 'customer';
      readonly eventType: 'customerCreated' | 'customerUpdated';
      readonly uuid: string;
      readonly groupUuid: string;
    };

export interface CustomerInput {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly phone?: string | null | undefined;
  readonly locale: string;
  readonly civility: Civility;
  readonly restaurantNewsletter?: boolean | undefined;
}

export interface NewReservation {
  readonly restaurantUuid: string;
  readonly mealDate: number;
  readonly partySize: number;
  readonly status: ReservationStatus;
  readonly mealStatus?: MealStatus | null;
  readonly offerUuid?: string | null;
  readonly customerNote?: string | null;
  readonly restaurantNote?: string | null;
  readonly customerUuid: string | null;
  readonly reservationChannel: ReservationChannel;
  readonly billAmount?: ForkReservation['billAmount'];
}

export type ReservationPatch = Partial<
  Pick<
    ForkReservation,
    | 'mealDate'
    | 'partySize'
    | 'status'
    | 'mealStatus'
    | 'customerNote'
    | 'restaurantNote'
    | 'billAmount'
    | 'offerUuid'
  >
>;

export interface StateDeps {
  readonly rng: Rng;
  readonly now: () => number;
  readonly emit: (event: ForkEvent) => void;
}

/** Restaurants, customers and reservations of one simulated TheFork group. */
export class TheForkState {
  readonly restaurants = new Map<string, ForkRestaurant>();
  readonly reservations = new Map<string, ForkReservation>();
  readonly customers = new Map<string, ForkCustomer>();

  constructor(
    private readonly deps: StateDeps,
    restaurants: readonly ForkRestaurant[],
  ) {
    for (const r of restaurants) this.restaurants.set(r.restaurantUuid, r);
  }

  availabilityContext(restaurant: ForkRestaurant): AvailabilityContext {
    return { restaurant, reservations: [...this.reservations.values()], now: this.deps.now() };
  }

  /** Finds the group's customer by e-mail (case-insensitive) or creates one; emits the event. */
  upsertCustomer(restaurant: ForkRestaurant, input: CustomerInput): ForkCustomer {
    const email = input.email.toLowerCase();
    const existing = [...this.customers.values()].find(
      (c) => c.groupUuid === restaurant.groupUuid && c.email.toLowerCase() === email,
    );
    const now = this.deps.now();
    if (!existing) {
      const customer: ForkCustomer = {
        customerUuid: this.deps.rng.uuid(),
        groupUuid: restaurant.groupUuid,
        originRestaurantUuid: restaurant.restaurantUuid,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone ?? null,
        locale: input.locale,
        civility: input.civility,
        restaurantNewsletter: input.restaurantNewsletter ?? false,
        allergiesAndIntolerances: null,
        notes: null,
        isVip: false,
        createdAt: now,
        updatedAt: now,
      };
      this.customers.set(customer.customerUuid, customer);
      this.emitCustomer(customer, 'customerCreated');
      return customer;
    }
    const patch: Partial<ForkCustomer> = {
      firstName: input.firstName,
      lastName: input.lastName,
      locale: input.locale,
      civility: input.civility,
      ...(input.phone ? { phone: input.phone } : {}),
      // "false will not unsubscribe the diner" (documented)
      ...(input.restaurantNewsletter ? { restaurantNewsletter: true } : {}),
    };
    this.updateCustomer(existing.customerUuid, patch, false);
    return existing;
  }

  updateCustomer(
    uuid: string,
    patch: Partial<ForkCustomer>,
    silent: boolean,
  ): ForkCustomer | undefined {
    const customer = this.customers.get(uuid);
    if (!customer) return undefined;
    const changed = applyPatch(customer, patch);
    if (changed) {
      customer.updatedAt = this.deps.now();
      if (!silent) this.emitCustomer(customer, 'customerUpdated');
    }
    return customer;
  }

  createReservation(input: NewReservation, silent = false): ForkReservation {
    const now = this.deps.now();
    const reservation: ForkReservation = {
      reservationUuid: this.deps.rng.uuid(),
      restaurantUuid: input.restaurantUuid,
      mealDate: input.mealDate,
      partySize: input.partySize,
      status: input.status,
      mealStatus: input.mealStatus ?? null,
      offerUuid: input.offerUuid ?? null,
      customerNote: input.customerNote ?? null,
      restaurantNote: input.restaurantNote ?? null,
      customerUuid: input.customerUuid,
      customFields: null,
      utmTrackingInformation: null,
      billAmount: input.billAmount ?? null,
      reservationChannel: input.reservationChannel,
      createdAt: now,
      updatedAt: now,
    };
    this.reservations.set(reservation.reservationUuid, reservation);
    if (!silent) this.emitReservation(reservation, 'reservationCreated');
    return reservation;
  }

  /** Applies the changed fields; bumps `updatedAt` and emits only when something changed. */
  updateReservation(
    uuid: string,
    patch: ReservationPatch,
    silent = false,
  ): ForkReservation | undefined {
    const reservation = this.reservations.get(uuid);
    if (!reservation) return undefined;
    if (applyPatch(reservation, patch)) {
      reservation.updatedAt = Math.max(this.deps.now(), reservation.updatedAt + 1);
      if (!silent) this.emitReservation(reservation, 'reservationUpdated');
    }
    return reservation;
  }

  groupOf(restaurantUuid: string): string | undefined {
    return this.restaurants.get(restaurantUuid)?.groupUuid;
  }

  private emitReservation(
    r: ForkReservation,
    eventType: 'reservationCreated' | 'reservationUpdated',
  ): void {
    const groupUuid = this.groupOf(r.restaurantUuid) ?? '';
    this.deps.emit({
      entityType: 'reservation',
      eventType,
      uuid: r.reservationUuid,
      groupUuid,
      restaurantUuid: r.restaurantUuid,
    });
  }

  private emitCustomer(c: ForkCustomer, eventType: 'customerCreated' | 'customerUpdated'): void {
    this.deps.emit({
      entityType: 'customer',
      eventType,
      uuid: c.customerUuid,
      groupUuid: c.groupUuid,
    });
  }
}
