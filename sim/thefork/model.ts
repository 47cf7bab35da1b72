/** In-memory shapes of the TheFork simulator (not the wire shapes: see mappers.ts). */
export const RESERVATION_STATUSES = [
  'RECORDED',
  'REQUESTED',
  'CANCELED',
  'NO_SHOW',
  'REFUSED',
  // The docs also mention these two; the scenario API can set them to test tolerant readers.
  'REJECTED',
  'CONFIRMED',
] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

export const MEAL_STATUSES = ['PARTIALLY_ARRIVED', 'ARRIVED', 'SEATED', 'BILL', 'LEFT'] as const;
export type MealStatus = (typeof MEAL_STATUSES)[number];

export const RESERVATION_CHANNELS = [
  'TripAdvisor',
  'Michelin',
  'Booking Module',
  'Offline',
  'TheFork',
  'Walk-in',
  'Google',
  'Cross Sell',
  'TheFork Manager API',
] as const;
export type ReservationChannel = (typeof RESERVATION_CHANNELS)[number];

export const CIVILITIES = [
  'mr',
  'mrs',
  'ms',
  'mr_and_mrs',
  'mx',
  'doctor',
  'professor',
  'counsel',
  'ambassador',
  'madam_ambassador',
  'president',
  'madam_president',
  'magister',
  'chef',
  'lord',
  'prince',
  'princess',
  'count',
  'countess',
  'duke',
  'duchess',
  'sir',
  'lady',
  'highness',
  'baron',
  'baroness',
  'company',
] as const;
export type Civility = (typeof CIVILITIES)[number];

/** Reservations in these statuses hold covers. */
export const ACTIVE_STATUSES: ReadonlySet<ReservationStatus> = new Set([
  'RECORDED',
  'REQUESTED',
  'CONFIRMED',
]);

export interface ForkCustomField {
  labelUuid: string;
  label: string;
  type: 'boolean' | 'string' | 'integer';
  value: string | boolean | number;
  valueUuid: string | null;
}

export interface ForkReservation {
  reservationUuid: string;
  restaurantUuid: string;
  /** Epoch ms. */
  mealDate: number;
  partySize: number;
  status: ReservationStatus;
  mealStatus: MealStatus | null;
  offerUuid: string | null;
  customerNote: string | null;
  restaurantNote: string | null;
  customerUuid: string | null;
  customFields: ForkCustomField[] | null;
  utmTrackingInformation: { key: string; value: string }[] | null;
  billAmount: { totalPrice: number; currency: string } | null;
  reservationChannel: ReservationChannel;
  createdAt: number;
  updatedAt: number;
}

export interface ForkCustomer {
  customerUuid: string;
  groupUuid: string;
  originRestaurantUuid: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  locale: string;
  civility: Civility;
  restaurantNewsletter: boolean;
  allergiesAndIntolerances: string[] | null;
  notes: string | null;
  isVip: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface ForkOffer {
  uuid: string;
  /** Localised names, keyed by locale (`fr_FR`, `en_GB`). */
  name: Readonly<Record<string, string>>;
  description: Readonly<Record<string, string>>;
  offerType: 'promotion' | 'presetMenu';
  discountPercentage: number | null;
  presetMenuType:
    'generic' | 'group' | 'of_the_day' | 'brunch' | 'experience' | 'mastercard' | null;
  price: number | null;
  currency: string;
  /** Services (by name) where the offer can be booked. */
  services: readonly string[];
  /** Covers per timeslot reserved for this offer. */
  coversPerSlot: number;
}

export interface ForkService {
  readonly name: string;
  /** First seating, `HH:mm`. */
  readonly start: string;
  /** Last seating, `HH:mm` (inclusive). */
  readonly lastSeating: string;
}

export interface ForkGuarantee {
  readonly guaranteeType: 'imprint' | 'prepayment';
  readonly amount: number;
  readonly minimumCancellationHours: number;
  readonly minimumPartySize: number;
  readonly services: readonly string[];
}

export interface ForkRestaurant {
  readonly restaurantUuid: string;
  readonly groupUuid: string;
  readonly name: string;
  /** IANA zone of the restaurant; timeslots are rendered in it. */
  readonly timeZone: string;
  readonly services: readonly ForkService[];
  readonly slotMinutes: number;
  readonly coversPerSlot: number;
  readonly maxPartySize: number;
  /** Parties larger than this are created as REQUESTED (the restaurant must accept). */
  readonly requestAbovePartySize: number;
  /** How far ahead online availability is published. */
  readonly bookingWindowDays: number;
  readonly offers: readonly ForkOffer[];
  readonly guarantee: ForkGuarantee | null;
}
