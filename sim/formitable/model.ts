/** In-memory shapes of the Formitable (Zenchef) v1.2 simulator; wire shapes are in wire.ts. */
export const BOOKING_STATUSES = ['CREATED', 'ACCEPTED', 'CANCELLED', 'FAILED', 'EXPIRED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const TITLES = ['MALE', 'FEMALE', 'FAMILY', 'NONE'] as const;
export type Title = (typeof TITLES)[number];

export const COLORS = ['#3edca8', '#00d0f1', '#b58dff', '#ff8da6', '#ff3800', '#ffd100'] as const;

/** Bookings in these statuses hold their tables (a CREATED option only until it expires). */
export const HOLDING_STATUSES: ReadonlySet<BookingStatus> = new Set(['CREATED', 'ACCEPTED']);

export interface FormArea {
  readonly id: number;
  readonly posId: string | null;
  readonly name: string;
  readonly displayName: { readonly nl: string; readonly en: string };
  readonly priority: number;
}

export interface FormTable {
  readonly id: number;
  readonly posId: string | null;
  readonly name: string;
  readonly minPeople: number;
  readonly maxPeople: number;
  readonly areaId: number;
  readonly priority: number;
}

export interface FormShift {
  readonly name: string;
  /** First seating `HH:mm`. */
  readonly start: string;
  /** Last seating `HH:mm` (inclusive). */
  readonly lastSeating: string;
  readonly productUid: string | null;
}

export interface FormRestaurant {
  readonly uid: string;
  readonly name: string;
  /** IANA zone used for all local times. */
  readonly timeZone: string;
  /** The same zone as the API names it (Windows format). */
  readonly windowsTimeZone: string;
  readonly areas: readonly FormArea[];
  readonly tables: readonly FormTable[];
  readonly shifts: readonly FormShift[];
  /** 0 = Sunday ... 6 = Saturday. */
  readonly closedWeekdays: readonly number[];
  readonly slotMinutes: number;
  readonly defaultDurationMinutes: number;
  readonly minBookingSize: number;
  readonly maxBookingSize: number;
}

export interface FormTicket {
  title: string;
  uid: string;
  quantity: number;
  amount: number;
  fullPrice: number;
  imageUrl: string | null;
  refundPolicy: string | null;
  posId: string | null;
}

export interface FormPayment {
  paymentFee: number;
  amount: number;
  description: string;
  paymentMethod: string;
  paid: boolean;
}

export interface FormBooking {
  uid: string;
  created: number;
  bookingDateTime: number;
  bookingDuration: number;
  checkInDateTime: number | null;
  /** Not visible in the API's booking model; kept for the scenario API. */
  checkOutDateTime: number | null;
  numberOfPeople: number;
  companyName: string | null;
  title: Title | null;
  firstName: string | null;
  lastName: string | null;
  telephone: string | null;
  email: string | null;
  comments: string | null;
  culture: string;
  company: boolean;
  newsletter: boolean;
  status: BookingStatus;
  color: string | null;
  prePaidAmount: number;
  source: string | null;
  externalReferenceId: string | null;
  optionExpires: number | null;
  tickets: FormTicket[];
  payments: FormPayment[];
  tables: number[];
  walkIn: boolean;
  posId: string | null;
  productUid: string | null;
  /** POS bill sent with the last check-out, if any. */
  posOrder: unknown;
}
