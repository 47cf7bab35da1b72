import { z } from 'zod';
import { COLORS, TITLES } from './model';

/** Request shapes of Formitable v1.2 (unknown fields are ignored, as ASP.NET model binding does). */
export const LOCAL_OR_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$/;

export const dateTimeText = z
  .string()
  .regex(LOCAL_OR_OFFSET, { message: 'is not a valid date and time' });

const text = (max: number) => z.string().max(max).nullable().optional();

const customerFields = {
  companyName: text(200),
  title: z.enum(TITLES).nullable().optional(),
  firstName: text(100),
  lastName: text(100),
  telephone: text(50),
  email: z.email().max(200).nullable().optional(),
  comments: text(2000),
  culture: z
    .string()
    .regex(/^[a-zA-Z]{2}$/, { message: 'must be a two-letter ISO culture' })
    .nullable()
    .optional(),
  company: z.boolean().nullable().optional(),
  color: z.enum(COLORS).nullable().optional(),
  bookingDuration: z.int().min(15).max(720).nullable().optional(),
};

export const bookingCreateBody = z.object({
  tables: z.array(z.int()).max(20).nullable().optional(),
  forceTablePlacement: z.boolean().nullable().optional(),
  walkIn: z.boolean().nullable().optional(),
  posId: text(100),
  productUid: text(100),
  externalReferenceId: text(200),
  bookingDateTime: dateTimeText,
  numberOfPeople: z.int().min(1).max(1000),
  ...customerFields,
});
export type BookingCreateBody = z.infer<typeof bookingCreateBody>;

export const bookingUpdateBody = z.object({
  tables: z.array(z.int()).max(20).nullable().optional(),
  bookingDateTime: dateTimeText.nullable().optional(),
  numberOfPeople: z.int().min(1).max(1000).nullable().optional(),
  ...customerFields,
});
export type BookingUpdateBody = z.infer<typeof bookingUpdateBody>;

/** Optional POS bill sent with a check-out. */
export const posOrderBody = z.object({
  id: z.string().max(200).nullable().optional(),
  openDateTime: z.string().max(40).nullable().optional(),
  closeDateTime: z.string().max(40).nullable().optional(),
  userId: z.string().max(200).nullable().optional(),
  items: z
    .array(
      z.object({
        id: z.string().max(200).nullable().optional(),
        quantity: z.number(),
        title: z.string().max(500).nullable().optional(),
        description: z.string().max(2000).nullable().optional(),
        singlePrice: z.number(),
        discount: z.number().nullable().optional(),
        vat: z.number().nullable().optional(),
        vatPercentage: z.number().nullable().optional(),
      }),
    )
    .max(500)
    .nullable()
    .optional(),
});
