import { z } from 'zod';
import { ExternalId } from '../../../../shared/domain/external-mapping';
import {
  Email,
  EpochMs,
  Id,
  LocalDate,
  LocaleTag,
  Note,
  PartySize,
  PersonName,
  Phone,
  TextList,
} from '../../../../shared/domain/primitives';

/** Neutral shapes for what connectors read besides reservations. */

const Name = z.string().min(1).max(100);

export const NeutralRoom = z.strictObject({
  externalId: ExternalId,
  name: Name,
  position: z.int().min(0).max(10_000).optional(),
});
export type NeutralRoom = z.infer<typeof NeutralRoom>;

export const NeutralTable = z.strictObject({
  externalId: ExternalId,
  label: z.string().min(1).max(16),
  seatsMin: z.int().min(1).max(100),
  seatsMax: z.int().min(1).max(100),
  roomExternalId: ExternalId.optional(),
  /** The local room, when the room is mapped. */
  diningRoomId: Id.optional(),
});
export type NeutralTable = z.infer<typeof NeutralTable>;

export const NeutralOffer = z.strictObject({
  externalId: ExternalId,
  name: Name,
  description: Note.optional(),
  /** In the platform's currency, major units as the platform gives them. */
  price: z.number().min(0).max(1_000_000).optional(),
  offerId: Id.optional(),
});
export type NeutralOffer = z.infer<typeof NeutralOffer>;

export const NeutralCustomer = z.strictObject({
  externalId: ExternalId,
  customerId: Id.optional(),
  name: PersonName.optional(),
  firstName: PersonName.optional(),
  lastName: PersonName.optional(),
  email: Email.optional(),
  phone: Phone.optional(),
  locale: LocaleTag.optional(),
  vip: z.boolean(),
  allergies: TextList,
  notes: Note.optional(),
  platformUpdatedAt: EpochMs.optional(),
});
export type NeutralCustomer = z.infer<typeof NeutralCustomer>;

export const AvailabilityQuery = z.strictObject({
  /** Restaurant-local date. */
  date: LocalDate,
  partySize: PartySize,
  offerId: Id.optional(),
});
export type AvailabilityQuery = z.infer<typeof AvailabilityQuery>;

export const NeutralSlot = z.strictObject({
  startsAt: EpochMs,
  /** Bookable for the party without an offer (or, with offerId, with that offer). */
  available: z.boolean(),
  offerIds: z.array(Id).max(100),
  offerRefs: z.array(ExternalId).max(100),
  maxDurationMinutes: z.int().min(0).max(1440).optional(),
  guaranteeRequired: z.boolean().optional(),
  platformStatus: z.string().max(32).optional(),
});
export type NeutralSlot = z.infer<typeof NeutralSlot>;

export const NeutralAvailability = z.strictObject({
  date: LocalDate,
  partySize: PartySize,
  /** False when the query named an offer the platform has no mapping for: slots are unfiltered. */
  offerFilterApplied: z.boolean(),
  slots: z.array(NeutralSlot).max(1000),
});
export type NeutralAvailability = z.infer<typeof NeutralAvailability>;
