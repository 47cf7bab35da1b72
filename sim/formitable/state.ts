import { applyPatch } from '../common/apply-patch';
import type { Rng } from '../common/random';
import type { BookingStatus, FormBooking, FormRestaurant } from './model';
import type { PlacementContext } from './placement';

/** Fields a new booking needs; the rest default like the API does. */
export type NewBooking = Pick<FormBooking, 'bookingDateTime' | 'numberOfPeople' | 'status'> &
  Partial<Omit<FormBooking, 'uid' | 'created'>>;

export interface FormStateDeps {
  readonly rng: Rng;
  readonly now: () => number;
  /** Something changed on a booking (the simulator turns it into a poll-now notification). */
  readonly emit: (bookingUid: string) => void;
}

/** Bookings of one simulated Formitable restaurant. */
export class FormitableState {
  readonly bookings = new Map<string, FormBooking>();

  constructor(
    private readonly deps: FormStateDeps,
    readonly restaurant: FormRestaurant,
  ) {}

  placementContext(): PlacementContext {
    return {
      restaurant: this.restaurant,
      bookings: [...this.bookings.values()],
      now: this.deps.now(),
    };
  }

  /** Options (CREATED with optionExpires) past their expiry become EXPIRED. */
  sweep(): void {
    const now = this.deps.now();
    for (const b of this.bookings.values()) {
      if (b.status === 'CREATED' && b.optionExpires !== null && b.optionExpires <= now)
        b.status = 'EXPIRED';
    }
  }

  get(uid: string): FormBooking | undefined {
    this.sweep();
    return this.bookings.get(uid.toLowerCase());
  }

  create(input: NewBooking, silent = false): FormBooking {
    const booking: FormBooking = {
      bookingDuration: this.restaurant.defaultDurationMinutes,
      checkInDateTime: null,
      checkOutDateTime: null,
      companyName: null,
      title: null,
      firstName: null,
      lastName: null,
      telephone: null,
      email: null,
      comments: null,
      culture: 'en',
      company: false,
      newsletter: false,
      color: null,
      prePaidAmount: 0,
      source: null,
      externalReferenceId: null,
      optionExpires: null,
      tickets: [],
      payments: [],
      tables: [],
      walkIn: false,
      posId: null,
      productUid: null,
      posOrder: null,
      ...input,
      uid: this.deps.rng.hex(12),
      created: this.deps.now(),
    };
    this.bookings.set(booking.uid, booking);
    if (!silent) this.deps.emit(booking.uid);
    return booking;
  }

  update(uid: string, patch: Partial<FormBooking>, silent = false): FormBooking | undefined {
    const booking = this.get(uid);
    if (!booking) return undefined;
    if (applyPatch(booking, patch) && !silent) this.deps.emit(booking.uid);
    return booking;
  }

  setStatus(uid: string, status: BookingStatus, silent = false): FormBooking | undefined {
    return this.update(uid, { status }, silent);
  }
}
