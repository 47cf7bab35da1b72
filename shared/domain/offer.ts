import { z } from 'zod';
import { defineCollection } from './rxdb/collection-definition';
import { EpochMs, Id, IdList, Label, LocalDate, MinorAmount, Note, Slug } from './primitives';
import { Prepayment } from './prepayment';

export const KNOWN_OFFER_TYPES = ['set_menu', 'discount', 'event', 'package'] as const;

export const OfferFields = z.strictObject({
  id: Id,
  name: Label,
  description: Note.optional(),
  /** set_menu, discount, event, ... (open set). */
  type: Slug,
  /** Local dates in the restaurant's zone, inclusive; absent = open ended. */
  startDate: LocalDate.optional(),
  endDate: LocalDate.optional(),
  partySizeMin: z.int().min(1).max(1000),
  partySizeMax: z.int().min(1).max(1000),
  pricePerPersonMinor: MinorAmount.optional(),
  prepayment: Prepayment,
  /** Services the offer applies to; empty = all. */
  serviceIds: IdList,
  bookable: z.boolean(),
  active: z.boolean(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});

export const Offer = OfferFields.superRefine((o, ctx) => {
  if (o.partySizeMin > o.partySizeMax) {
    ctx.addIssue({
      code: 'custom',
      path: ['partySizeMin'],
      message: 'partySizeMin is above partySizeMax',
    });
  }
  if (o.startDate !== undefined && o.endDate !== undefined && o.startDate > o.endDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'endDate is before startDate' });
  }
});
export type Offer = z.infer<typeof Offer>;

export const offerCollection = defineCollection({
  name: 'offers',
  schema: Offer,
  description: 'Bookable offers: set menus, events, discounts, with dates and party sizes.',
  version: 0,
  primaryKey: 'id',
  indexes: [['active', 'name']],
  migrations: [],
});
