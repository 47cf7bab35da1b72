import { z } from 'zod';

/**
 * TheFork B2B API shapes as published (reference/platform-apis.md §2). Objects are not strict:
 * fields TheFork adds later are ignored, but the fields we use are checked, with the documented
 * limits, so a hostile or broken answer becomes an UnexpectedResponseError and not a bad record.
 */

export const THEFORK_STATUSES = [
  'RECORDED',
  'REQUESTED',
  'CANCELED',
  'NO_SHOW',
  'REFUSED',
  // Mentioned by some doc pages; accepted when read.
  'REJECTED',
  'CONFIRMED',
] as const;
export type TheForkStatus = (typeof THEFORK_STATUSES)[number];

export const THEFORK_MEAL_STATUSES = [
  'PARTIALLY_ARRIVED',
  'ARRIVED',
  'SEATED',
  'BILL',
  'LEFT',
] as const;
export type TheForkMealStatus = (typeof THEFORK_MEAL_STATUSES)[number];

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
export type TheForkCivility = (typeof CIVILITIES)[number];

export const TheForkUuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'not a UUID');

const CalendarDate = z.iso.date();

/** ISO 8601 instant with a zone (`2022-01-03T18:10:17.269Z`, or an offset). */
export const IsoInstant = z
  .string()
  .max(40)
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/,
    'not an ISO 8601 date-time with a zone',
  )
  // Date.parse rolls 2030-02-30 over to March: the calendar date is checked on its own.
  .refine(
    (v) => CalendarDate.safeParse(v.slice(0, 10)).success && !Number.isNaN(Date.parse(v)),
    'not a real date',
  );

export const LOCALE_PATTERN = /^[a-z]{2,3}(_[A-Z]{2})?$/;
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;

const optionalText = (max: number) => z.string().max(max).nullable().optional();
const optionalUuid = TheForkUuid.nullable().optional();

/** Fields every reservation answer has (GET, POST, PATCH, cancel). */
const reservationCore = {
  reservationUuid: TheForkUuid,
  restaurantUuid: TheForkUuid,
  mealDate: IsoInstant,
  partySize: z.int().min(1).max(1000),
  status: z.enum(THEFORK_STATUSES),
  mealStatus: z.enum(THEFORK_MEAL_STATUSES).nullable().optional(),
  offerUuid: optionalUuid,
  customerNote: optionalText(1000),
  restaurantNote: optionalText(3000),
};

export const TheForkReservation = z.object({
  ...reservationCore,
  customerUuid: optionalUuid,
  reservationChannel: z.string().max(64).nullable().optional(),
  createdAt: IsoInstant.nullable().optional(),
  updatedAt: IsoInstant.nullable().optional(),
});
export type TheForkReservation = z.infer<typeof TheForkReservation>;

export const TheForkEmbeddedCustomer = z.object({
  customerUuid: TheForkUuid,
  email: optionalText(320),
  firstName: optionalText(500),
  lastName: optionalText(500),
  phone: optionalText(64),
  locale: optionalText(16),
  civility: optionalText(32),
});
export type TheForkEmbeddedCustomer = z.infer<typeof TheForkEmbeddedCustomer>;

/** Answer of create and update: the reservation with its customer embedded. */
export const TheForkReservationWithCustomer = z.object({
  ...reservationCore,
  customer: TheForkEmbeddedCustomer.nullable().optional(),
});
export type TheForkReservationWithCustomer = z.infer<typeof TheForkReservationWithCustomer>;

export const TheForkCustomer = z.object({
  customerUuid: TheForkUuid,
  email: optionalText(320),
  firstName: optionalText(500),
  lastName: optionalText(500),
  phone: optionalText(64),
  locale: optionalText(16),
  civility: optionalText(32),
  isVip: z.boolean().nullable().optional(),
  allergiesAndIntolerances: z.array(z.string().max(500)).max(200).nullable().optional(),
  notes: optionalText(10_000),
  lastUpdateDate: z.string().max(40).nullable().optional(),
});
export type TheForkCustomer = z.infer<typeof TheForkCustomer>;

export const TheForkIdPage = z.object({
  data: z.array(TheForkUuid).max(10_000),
  totalCount: z.int().min(0),
  page: z.number(),
  limit: z.number(),
});

export const TheForkTimeslot = z.object({
  datetime: IsoInstant,
  offers: z.array(TheForkUuid).max(200).nullable().optional(),
  hasNormalStock: z.boolean(),
  hasPaymentGuaranteeRequirement: z.boolean().optional(),
});
export type TheForkTimeslot = z.infer<typeof TheForkTimeslot>;

export const TheForkAvailability = z.object({
  date: z.iso.date(),
  offerList: z.array(TheForkUuid).max(200).nullable().optional(),
  hasNormalStock: z.boolean(),
});

export const TheForkPartySizes = z.array(z.int().min(1).max(1000)).max(1000);

export const TheForkOffer = z.object({
  uuid: TheForkUuid,
  name: optionalText(500),
  description: optionalText(10_000),
  price: z.number().min(0).max(1_000_000).nullable().optional(),
});

/** The API's error envelope, and the gateway's. */
export const TheForkApiError = z.object({
  data: z.object({ code: z.string().max(100) }).optional(),
  error: z.string().max(200).optional(),
  statusCode: z.number().optional(),
  message: z.string().optional(),
});

/** Body of `POST /v1/restaurants/{id}/reservations`. */
export interface TheForkCreateBody {
  mealDate: string;
  partySize: number;
  offerUuid?: string;
  customerNote?: string;
  restaurantNote?: string;
  customer: {
    email: string;
    firstName: string;
    lastName: string;
    phone?: string;
    locale: string;
    civility: TheForkCivility;
    optins: { restaurantNewsletter: boolean };
  };
}

/** Body of `PATCH /v1/reservations/{id}`: both fields, always. */
export interface TheForkUpdateBody {
  mealDate: string;
  partySize: number;
}

/** The thin webhook TheFork POSTs to our URL (`?token=` checked by the relay). */
export const TheForkWebhook = z.object({
  entityType: z.string().max(64),
  eventType: z.string().max(64),
  uuid: TheForkUuid,
  groupUuid: TheForkUuid.optional(),
  restaurantUuid: TheForkUuid.optional(),
});
