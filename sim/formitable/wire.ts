import { z } from 'zod';
import { BOOKING_STATUSES, TITLES } from './model';

/**
 * Response shapes of the Formitable REST API v1.2 (camelCase JSON; field lists from the client
 * generated from Formitable's Swagger). Strict, so tests catch any drift.
 */
const nullableString = z.string().nullable();

export const tableListSchema = z.strictObject({
  id: z.int(),
  posId: nullableString,
  name: z.string(),
  minPeople: z.int(),
  maxPeople: z.int(),
  areaId: z.int(),
});

export const tableSchema = tableListSchema.extend({ priority: z.int() });
export type TableView = z.infer<typeof tableSchema>;

export const areaSchema = z.strictObject({
  id: z.int(),
  posId: nullableString,
  name: z.string(),
  displayName: z.strictObject({ nl: z.string(), en: z.string() }),
  priority: z.int(),
});
export type AreaView = z.infer<typeof areaSchema>;

export const ticketSchema = z.strictObject({
  title: z.string(),
  uid: z.string(),
  quantity: z.number(),
  amount: z.number(),
  fullPrice: z.number(),
  imageUrl: nullableString,
  refundPolicy: nullableString,
  posId: nullableString,
});

export const paymentSchema = z.strictObject({
  paymentFee: z.number(),
  amount: z.number(),
  description: z.string(),
  paymentMethod: z.string(),
  paid: z.boolean(),
});

/** Local time with offset, e.g. `2025-06-01T19:00:00+02:00`. */
export const localWithOffset = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
/** Local time without offset, e.g. `2025-06-01T14:03:22.5`. */
export const localNoOffset = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?$/);

export const bookingSchema = z.strictObject({
  uid: z.string(),
  created: localNoOffset,
  bookingDateTime: localWithOffset,
  bookingDuration: z.int(),
  checkInDateTime: localWithOffset.nullable(),
  numberOfPeople: z.int(),
  companyName: nullableString,
  title: z.enum(TITLES).nullable(),
  firstName: nullableString,
  lastName: nullableString,
  telephone: nullableString,
  email: nullableString,
  comments: nullableString,
  culture: z.string(),
  company: z.boolean(),
  newsletter: z.boolean(),
  status: z.enum(BOOKING_STATUSES),
  color: nullableString,
  prePaidAmount: z.number(),
  source: nullableString,
  externalReferenceId: nullableString,
  optionExpires: localWithOffset.nullable(),
  tickets: z.array(ticketSchema),
  payments: z.array(paymentSchema),
  tables: z.array(tableListSchema),
});
export type BookingView = z.infer<typeof bookingSchema>;

/** The update answer may carry table-placement warnings (documented on the update model). */
export const bookingUpdateResultSchema = bookingSchema.extend({
  warnings: z.array(z.string()).optional(),
});

export const bookingTimeSchema = z.strictObject({
  time: localWithOffset,
  status: z.enum(['SHORT', 'AVAILABLE', 'UNAVAILABLE', 'CLOSED', 'PASSED']),
  maxDuration: z.int(),
  area: nullableString,
});
export type BookingTimePublic = z.infer<typeof bookingTimeSchema>;

export const shiftSchema = z.strictObject({
  startTime: z.int(),
  endTime: z.int(),
  productUid: nullableString,
});

export const restaurantSchema = z.strictObject({
  uid: z.string(),
  color: nullableString,
  logo: nullableString,
  name: z.string(),
  streetAddress: nullableString,
  zipcode: nullableString,
  city: nullableString,
  country: nullableString,
  countryCode: nullableString,
  timezone: z.string(),
  email: nullableString,
  website: nullableString,
  telephone: nullableString,
  minRegularBooking: z.int(),
  maxRegularBooking: z.int(),
  minSeating: z.int(),
  maxSeating: z.int(),
  groupBookingEnabled: z.boolean(),
  maxGroupBooking: z.int(),
  minBookingSize: z.int(),
  maxBookingSize: z.int(),
  createPolicy: nullableString,
  changePolicy: nullableString,
  cancelPolicy: nullableString,
  startCulture: z.string(),
  maxGuestsPerSlot: z.int(),
});
export type RestaurantView = z.infer<typeof restaurantSchema>;

/** ASP.NET Core ProblemDetails (the error body shape is an assumption: not documented). */
export const problemSchema = z.strictObject({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  traceId: z.string(),
  detail: z.string().optional(),
  errors: z.record(z.string(), z.array(z.string())).optional(),
});

/** The simulator's poll-now notification (Formitable's real webhook shape is not public). */
export const notificationSchema = z.strictObject({
  type: z.literal('booking.changed'),
  timestamp: z.string(),
  data: z.strictObject({ restaurantUid: z.string(), bookingUid: z.string().nullable() }),
});
export type Notification = z.infer<typeof notificationSchema>;
