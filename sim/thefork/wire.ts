import { z } from 'zod';
import { CIVILITIES, MEAL_STATUSES, RESERVATION_CHANNELS, RESERVATION_STATUSES } from './model';

/**
 * Response shapes of TheFork B2B API as published (docs.thefork.io, decoded specs): strict, so a
 * test fails if the simulator adds or drops a field. Connectors can reuse them as fixtures.
 */
const uuid = z.string();
const nullableString = z.string().nullable();

export const reservationStatusSchema = z.enum(RESERVATION_STATUSES);
export const mealStatusSchema = z.enum(MEAL_STATUSES);

export const offerDetailsSchema = z.strictObject({
  offerType: z.enum(['promotion', 'presetMenu']),
  name: z.record(z.string(), z.string()).nullable(),
  discountPercentage: z.number().nullable(),
  presetMenuType: z
    .enum(['generic', 'group', 'of_the_day', 'brunch', 'experience', 'mastercard'])
    .nullable(),
  price: z.number().nullable(),
  currency: nullableString,
});

export const reservationDetailSchema = z.strictObject({
  reservationUuid: uuid,
  restaurantUuid: uuid,
  mealDate: nullableString,
  mealStatus: mealStatusSchema.nullable(),
  partySize: z.int().positive(),
  status: reservationStatusSchema,
  offerUuid: nullableString,
  customerNote: z.string().max(1000).nullable(),
  restaurantNote: z.string().max(3000).nullable(),
  customerUuid: nullableString,
  customFields: z
    .array(
      z.strictObject({
        labelUuid: uuid,
        label: z.string(),
        type: z.enum(['boolean', 'string', 'integer']),
        value: z.union([z.string(), z.boolean(), z.number()]),
        valueUuid: nullableString,
      }),
    )
    .nullable(),
  offerDetails: offerDetailsSchema.nullable(),
  utmTrackingInformation: z
    .array(z.strictObject({ key: z.string(), value: z.string() }))
    .nullable(),
  billAmount: z.strictObject({ totalPrice: z.number(), currency: z.string() }).nullable(),
  reservationChannel: z.enum(RESERVATION_CHANNELS),
  createdAt: nullableString,
  updatedAt: nullableString,
});
export type ReservationDetail = z.infer<typeof reservationDetailSchema>;

export const embeddedCustomerSchema = z.strictObject({
  customerUuid: uuid,
  email: nullableString,
  firstName: nullableString,
  lastName: nullableString,
  phone: nullableString,
  locale: nullableString,
  civility: nullableString,
  optins: z.strictObject({ restaurantNewsletter: z.boolean() }),
});

export const reservationWithCustomerSchema = z.strictObject({
  reservationUuid: uuid,
  restaurantUuid: uuid,
  mealDate: nullableString,
  mealStatus: mealStatusSchema.nullable(),
  partySize: z.int().positive(),
  status: reservationStatusSchema,
  offerUuid: nullableString,
  customerNote: nullableString,
  restaurantNote: nullableString,
  customer: embeddedCustomerSchema.nullable(),
});
export type ReservationWithCustomer = z.infer<typeof reservationWithCustomerSchema>;

export const cancelResultSchema = z.strictObject({
  reservationUuid: uuid,
  restaurantUuid: uuid,
  mealDate: nullableString,
  partySize: z.int().positive(),
  status: reservationStatusSchema,
  offerUuid: nullableString,
  customerNote: nullableString,
  customerUuid: nullableString,
});
export type CancelResult = z.infer<typeof cancelResultSchema>;

const nullableStrings = z.array(z.string()).nullable();
export const customerDetailSchema = z.strictObject({
  customerUuid: nullableString,
  email: nullableString,
  firstName: nullableString,
  lastName: nullableString,
  phone: nullableString,
  birthDate: nullableString,
  locale: nullableString,
  civility: z.enum(CIVILITIES).nullable(),
  rank: nullableString,
  computedRank: nullableString,
  isVip: z.boolean(),
  address: nullableString,
  allergiesAndIntolerances: nullableStrings,
  dietaryRestrictions: nullableStrings,
  spendingBehaviour: nullableStrings,
  customerRelationship: nullableStrings,
  riskLevel: nullableStrings,
  otherTags: nullableStrings,
  favFood: nullableString,
  favDrinks: nullableString,
  favSeating: nullableString,
  notes: nullableString,
  originRestaurantUuid: nullableString,
  originRestaurantName: nullableString,
  creationDate: nullableString,
  lastUpdateDate: nullableString,
  isPromoter: z.boolean(),
  secondaryPhone: nullableString,
  country: nullableString,
  city: nullableString,
  zipcode: nullableString,
  optins: z.strictObject({ restaurantNewsletter: z.boolean() }),
  customFields: z.array(z.unknown()).nullable(),
});
export type CustomerDetail = z.infer<typeof customerDetailSchema>;

export const idPageSchema = z.strictObject({
  data: z.array(uuid),
  totalCount: z.number(),
  page: z.number(),
  limit: z.number(),
});

export const availabilitySchema = z.strictObject({
  date: z.string(),
  offerList: z.array(uuid).nullable(),
  hasNormalStock: z.boolean(),
});

export const timeslotSchema = z.strictObject({
  datetime: nullableString,
  offers: z.array(uuid).nullable(),
  hasNormalStock: z.boolean(),
  hasPaymentGuaranteeRequirement: z.boolean(),
  guaranteeRequirementList: z.array(
    z.strictObject({
      guaranteeType: z.enum(['imprint', 'prepayment']),
      amount: z.int().min(0),
      minimumCancellationHours: z.int(),
      minimumPartySize: z.int(),
      offerUuid: uuid.optional(),
    }),
  ),
});
export type Timeslot = z.infer<typeof timeslotSchema>;

export const offerSchema = z.strictObject({
  uuid,
  name: nullableString,
  description: nullableString,
  price: z.number().nullable(),
});
export type Offer = z.infer<typeof offerSchema>;

/** `{"data":{"code":…},"error":…,"statusCode":…}` (+ `message` on validation errors, inferred). */
export const apiErrorSchema = z.strictObject({
  data: z.strictObject({ code: z.string() }),
  error: z.string(),
  statusCode: z.number(),
  message: z.string().optional(),
});

/** Kong gateway errors. */
export const gatewayErrorSchema = z.strictObject({ message: z.string() });

export const tokenResponseSchema = z.strictObject({
  access_token: z.string(),
  expires_in: z.number(),
  token_type: z.literal('Bearer'),
});

export const oauthErrorSchema = z.strictObject({
  error: z.string(),
  error_description: z.string(),
});

/** The thin webhook body TheFork POSTs to `<your url>?token=<your secret>`. */
export const webhookPayloadSchema = z.discriminatedUnion('entityType', [
  z.strictObject({
    entityType: z.literal('reservation'),
    eventType: z.enum(['reservationCreated', 'reservationUpdated']),
    uuid,
    groupUuid: uuid,
    restaurantUuid: uuid,
  }),
  z.strictObject({
    entityType: z.literal('customer'),
    eventType: z.enum(['customerCreated', 'customerUpdated']),
    uuid,
    groupUuid: uuid,
  }),
]);
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;
