import { z } from 'zod';

/**
 * Formitable REST v1.2 shapes (reference §1a: camelCase, from the client generated from its
 * Swagger). Not strict: unknown fields are ignored; the fields we read are checked with generous
 * caps so a hostile answer is refused clearly instead of flowing into the book.
 */

export const FORMITABLE_STATUSES = [
  'CREATED',
  'ACCEPTED',
  'CANCELLED',
  'FAILED',
  'EXPIRED',
] as const;
export type FormitableStatus = (typeof FORMITABLE_STATUSES)[number];

/** `2025-06-01T19:00:00+02:00`, or local without offset (`created`), optional fraction. */
export const LOCAL_OR_OFFSET =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:\d{2})?$/;

export const FormitableDateTime = z
  .string()
  .max(40)
  .regex(LOCAL_OR_OFFSET, 'not a date and time (yyyy-mm-ddTHH:mm[:ss][offset])');

export const FormitableUid = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a Formitable id (letters, digits, - and _)');

const text = (max: number) => z.string().max(max).nullable().optional();

export const FormitableBookingTable = z.object({
  id: z.int().min(-2_147_483_648).max(2_147_483_647),
  name: text(100),
  areaId: z.int().nullable().optional(),
});

export const FormitableTicket = z.object({
  uid: z.string().max(128).nullable().optional(),
  title: text(500),
});

export const FormitableBooking = z.object({
  uid: FormitableUid,
  created: FormitableDateTime.nullable().optional(),
  bookingDateTime: FormitableDateTime,
  bookingDuration: z.int().min(0).max(100_000).nullable().optional(),
  checkInDateTime: FormitableDateTime.nullable().optional(),
  numberOfPeople: z.int().min(1).max(1000),
  companyName: text(500),
  firstName: text(500),
  lastName: text(500),
  telephone: text(64),
  email: text(320),
  comments: text(10_000),
  culture: text(16),
  status: z.enum(FORMITABLE_STATUSES),
  source: text(200),
  externalReferenceId: text(500),
  optionExpires: FormitableDateTime.nullable().optional(),
  tickets: z.array(FormitableTicket).max(100).nullable().optional(),
  tables: z.array(FormitableBookingTable).max(50).nullable().optional(),
});
export type FormitableBooking = z.infer<typeof FormitableBooking>;

/** The update answer may carry table-placement warnings. */
export const FormitableUpdateResult = FormitableBooking.extend({
  warnings: z.array(z.string().max(500)).max(50).nullable().optional(),
});

export const FormitableTable = z.object({
  id: z.int(),
  name: z.string().max(100),
  minPeople: z.int(),
  maxPeople: z.int(),
  areaId: z.int().nullable().optional(),
  priority: z.int().nullable().optional(),
});

export const FormitableArea = z.object({
  id: z.int(),
  name: z.string().max(200),
  displayName: z
    .object({ en: z.string().max(200).optional(), nl: z.string().max(200).optional() })
    .nullable()
    .optional(),
  priority: z.int().nullable().optional(),
});

export const FormitableBookingTime = z.object({
  time: FormitableDateTime,
  status: z.string().max(32),
  maxDuration: z.int().nullable().optional(),
});

export const FormitableRestaurant = z.object({
  uid: z.string().max(64),
  name: z.string().max(500),
  timezone: z.string().max(100).nullable().optional(),
});

/** ASP.NET ProblemDetails (Formitable's error bodies are not documented; reference §1a). */
export const FormitableProblem = z.object({
  title: z.string().max(500).optional(),
  status: z.number().optional(),
  detail: z.string().max(2000).optional(),
  errors: z.record(z.string().max(200), z.array(z.string().max(500)).max(20)).optional(),
});

export interface FormitableCreateBody {
  bookingDateTime: string;
  bookingDuration: number | null;
  numberOfPeople: number;
  culture: string | null;
  company: boolean;
  externalReferenceId: string;
  tables?: number[];
  productUid?: string;
  firstName?: string;
  lastName?: string;
  telephone?: string;
  email?: string;
  comments?: string;
}

/** Partial update: what is absent stays as it is (reference §1a). */
export interface FormitableUpdateBody {
  bookingDateTime?: string;
  bookingDuration?: number;
  numberOfPeople?: number;
  tables?: number[];
  firstName?: string;
  lastName?: string;
  telephone?: string;
  email?: string;
  comments?: string;
  culture?: string;
}
