import { z } from 'zod';
import { BOOKING_STATUSES, COLORS, TITLES } from './model';
import { dateTimeText } from './schemas';
import { bookingSchema } from './wire';

/** Payloads of the Formitable scenario API (`/__sim/...`): what happens in the restaurant's back-office. */
const text = (max: number) => z.string().max(max).nullable().optional();

export const scenarioCreateBookingInput = z.strictObject({
  /** Local time (`2025-06-01T19:00`) or with offset. */
  bookingDateTime: dateTimeText,
  numberOfPeople: z.int().min(1).max(100),
  bookingDuration: z.int().min(15).max(720).optional(),
  status: z.enum(BOOKING_STATUSES).default('ACCEPTED'),
  /** For a CREATED option: when it lapses (local time or with offset). */
  optionExpires: dateTimeText.optional(),
  firstName: text(100),
  lastName: text(100),
  companyName: text(200),
  title: z.enum(TITLES).nullable().optional(),
  telephone: text(50),
  email: z.email().nullable().optional(),
  comments: text(2000),
  culture: z
    .string()
    .regex(/^[a-z]{2}$/)
    .default('nl'),
  color: z.enum(COLORS).nullable().optional(),
  /** Empty or omitted: automatic placement when a table is free, else unplaced. */
  tables: z.array(z.int()).max(20).optional(),
  source: z.string().max(100).default('Formitable'),
  externalReferenceId: text(200),
  prePaidAmount: z.number().min(0).default(0),
  silent: z.boolean().default(false),
});
export type ScenarioCreateBookingInput = z.input<typeof scenarioCreateBookingInput>;

export const scenarioUpdateBookingInput = z.strictObject({
  bookingDateTime: dateTimeText.optional(),
  numberOfPeople: z.int().min(1).max(100).optional(),
  bookingDuration: z.int().min(15).max(720).optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
  firstName: text(100),
  lastName: text(100),
  telephone: text(50),
  email: z.email().nullable().optional(),
  comments: text(2000),
  tables: z.array(z.int()).max(20).optional(),
  silent: z.boolean().default(false),
});
export type ScenarioUpdateBookingInput = z.input<typeof scenarioUpdateBookingInput>;

export const scenarioSilentInput = z
  .strictObject({ silent: z.boolean().default(false) })
  .default({ silent: false });

/** The scenario view of a booking: the API shape plus what the API does not show. */
export const scenarioBookingSchema = z.strictObject({
  booking: bookingSchema,
  checkedOut: z.boolean(),
  posOrder: z.unknown(),
});
export type ScenarioBooking = z.infer<typeof scenarioBookingSchema>;
