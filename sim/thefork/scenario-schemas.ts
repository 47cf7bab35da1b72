import { z } from 'zod';
import { CIVILITIES, MEAL_STATUSES, RESERVATION_CHANNELS, RESERVATION_STATUSES } from './model';
import { E164, guid, isoDateTime, LOCALE } from './schemas';
import { embeddedCustomerSchema, reservationDetailSchema } from './wire';

/** Payloads of the TheFork scenario API (`/__sim/...`): what happens on TheFork's side. */
const name = z.string().min(1).max(200);
const note = z.string().max(3000).nullable();

export const scenarioCustomerInput = z.strictObject({
  email: z.email(),
  firstName: name,
  lastName: name,
  phone: z.string().regex(E164).nullable().optional(),
  locale: z.string().regex(LOCALE).default('fr_FR'),
  civility: z.enum(CIVILITIES).default('mr'),
  restaurantNewsletter: z.boolean().optional(),
});

export const scenarioCreateReservationInput = z.strictObject({
  /** Defaults to the simulator's restaurant. */
  restaurantUuid: guid.optional(),
  mealDate: isoDateTime,
  partySize: z.int().min(1).max(100),
  status: z.enum(RESERVATION_STATUSES).default('RECORDED'),
  mealStatus: z.enum(MEAL_STATUSES).nullable().optional(),
  offerUuid: guid.nullable().optional(),
  customerNote: z.string().max(1000).nullable().optional(),
  restaurantNote: note.optional(),
  /** Omitted or null: a reservation without customer (e.g. a walk-in typed in by staff). */
  customer: scenarioCustomerInput.nullable().optional(),
  reservationChannel: z.enum(RESERVATION_CHANNELS).default('TheFork'),
  /** Staff can overbook in TheFork Manager; set true to apply online availability rules. */
  enforceAvailability: z.boolean().default(false),
  /** True: change the data without sending the webhook (only polling will see it). */
  silent: z.boolean().default(false),
});
export type ScenarioCreateReservationInput = z.input<typeof scenarioCreateReservationInput>;

export const scenarioUpdateReservationInput = z.strictObject({
  mealDate: isoDateTime.optional(),
  partySize: z.int().min(1).max(100).optional(),
  status: z.enum(RESERVATION_STATUSES).optional(),
  mealStatus: z.enum(MEAL_STATUSES).nullable().optional(),
  customerNote: z.string().max(1000).nullable().optional(),
  restaurantNote: note.optional(),
  billAmount: z
    .strictObject({ totalPrice: z.number().min(0), currency: z.string().length(3) })
    .nullable()
    .optional(),
  silent: z.boolean().default(false),
});
export type ScenarioUpdateReservationInput = z.input<typeof scenarioUpdateReservationInput>;

export const scenarioSilentInput = z
  .strictObject({ silent: z.boolean().default(false) })
  .default({ silent: false });

export const scenarioUpdateCustomerInput = z.strictObject({
  email: z.email().optional(),
  firstName: name.optional(),
  lastName: name.optional(),
  phone: z.string().regex(E164).nullable().optional(),
  locale: z.string().regex(LOCALE).optional(),
  civility: z.enum(CIVILITIES).optional(),
  allergiesAndIntolerances: z.array(z.string().max(100)).max(50).nullable().optional(),
  notes: note.optional(),
  isVip: z.boolean().optional(),
  silent: z.boolean().default(false),
});
export type ScenarioUpdateCustomerInput = z.input<typeof scenarioUpdateCustomerInput>;

/** What the scenario API answers for a reservation: the API's GET shape plus its customer. */
export const scenarioReservationSchema = z.strictObject({
  reservation: reservationDetailSchema,
  customer: embeddedCustomerSchema.nullable(),
});
export type ScenarioReservation = z.infer<typeof scenarioReservationSchema>;
