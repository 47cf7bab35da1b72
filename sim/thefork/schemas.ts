import { z } from 'zod';
import { parseDate } from '../common/time-zone';
import { CIVILITIES } from './model';

/** Request shapes of TheFork B2B API (docs.thefork.io specs, decoded). */
export const isoDate = z.string().refine((v) => parseDate(v) !== null, {
  message: 'must be in ISO 8601 date format (YYYY-MM-DD)',
});

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export const isoDateTime = z
  .string()
  .refine((v) => ISO_DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)), {
    message: 'must be in ISO 8601 date format',
  });

export const guid = z.guid();
export const LOCALE = /^([a-z]{2,3})(?:_([A-Z]{2}))?$/;
export const E164 = /^\+[1-9]\d{1,14}$/;
const positive = z.number().gt(0);

export const idParamSchema = z.object({ id: guid });

export const createReservationBody = z.strictObject({
  mealDate: isoDateTime,
  partySize: z.int().gt(0),
  offerUuid: guid.optional(),
  customerNote: z.string().max(1000).nullable().optional(),
  restaurantNote: z.string().max(1000).nullable().optional(),
  customer: z.strictObject({
    email: z.email(),
    firstName: z.string().min(1),
    lastName: z.string().min(1),
    phone: z.string().regex(E164).optional(),
    locale: z.string().regex(LOCALE),
    civility: z.enum(CIVILITIES),
    optins: z.strictObject({ restaurantNewsletter: z.boolean().default(false) }).optional(),
  }),
});
export type CreateReservationBody = z.infer<typeof createReservationBody>;

export const updateReservationBody = z.strictObject({
  mealDate: isoDateTime.nullable(),
  partySize: z.int().gt(0),
});

export const availabilitiesQuery = z.object({
  startDate: isoDate,
  endDate: isoDate,
  partySize: z.int().gt(0).optional(),
  offerUuid: guid.optional(),
});

export const timeslotsQuery = z.object({
  date: isoDate,
  partySize: z.int().gt(0).optional(),
  offerUuid: guid.optional(),
});

export const partySizesQuery = z.object({
  startDate: isoDate,
  endDate: isoDate,
  offerUuid: guid.optional(),
});

export const offersQuery = z.object({ locale: z.string().regex(LOCALE) });

const paging = {
  limit: positive.max(10_000).default(100),
  page: positive.default(1),
};

export const reservationsListQuery = z
  .object({
    groupUuid: guid.optional(),
    restaurantUuid: guid.optional(),
    startDate: isoDate,
    endDate: isoDate,
    filterBy: z.enum(['updatedDate', 'mealDate']).default('updatedDate'),
    ...paging,
  })
  .refine((q) => q.groupUuid !== undefined || q.restaurantUuid !== undefined, {
    message: 'must contain at least one of [groupUuid, restaurantUuid]',
    path: [],
  });

export const customersListQuery = z.object({
  groupUuid: guid,
  startDate: isoDate,
  endDate: isoDate,
  ...paging,
});

/** Longest date range the simulator computes availability for (the real cap is unknown). */
export const MAX_RANGE_DAYS = 92;
