import { z } from 'zod';
import { ExternalId } from '../../../../shared/domain/external-mapping';
import { JsonObject } from '../../../../shared/domain/json-value';
import {
  Email,
  EpochMs,
  Id,
  IdList,
  LocaleTag,
  Minutes,
  Note,
  PartySize,
  PersonName,
  Phone,
  Platform,
} from '../../../../shared/domain/primitives';
import { ReservationSource, ReservationStatus } from '../../../../shared/domain/reservation';

/**
 * The shapes the desk and the connectors exchange. Platform wire shapes never leave a connector;
 * desk documents never enter one. Limits are the desk's, so whatever a connector hands over fits
 * the book. Local ids (offerId, tableIds...) are filled only when an external id mapping exists:
 * a missing mapping leaves the field out, it is never guessed.
 */

export const NeutralGuest = z.strictObject({
  /** Full name as the desk shows it. */
  name: PersonName.optional(),
  firstName: PersonName.optional(),
  lastName: PersonName.optional(),
  email: Email.optional(),
  phone: Phone.optional(),
  locale: LocaleTag.optional(),
});
export type NeutralGuest = z.infer<typeof NeutralGuest>;

/** A value the platform sent that could not be kept (wrong format, too long...). */
export const DroppedField = z.strictObject({
  field: z.string().min(1).max(64),
  reason: z.string().min(1).max(300),
});
export type DroppedField = z.infer<typeof DroppedField>;

/** Platform ids as the platform gave them (whether or not they map to a local entity). */
export const ExternalRefs = z.strictObject({
  offer: ExternalId.optional(),
  customer: ExternalId.optional(),
  room: ExternalId.optional(),
  tables: z.array(ExternalId).max(50),
});
export type ExternalRefs = z.infer<typeof ExternalRefs>;

/** A reservation as a platform has it, in the desk's terms. */
export const NeutralReservation = z.strictObject({
  platform: Platform,
  externalId: ExternalId,
  /** Our reservation id when the platform carries it back (Formitable externalReferenceId). */
  localId: Id.optional(),
  status: ReservationStatus,
  /** The platform's own status words, for the sync log (`RECORDED/SEATED`, `ACCEPTED+checkin`). */
  platformStatus: z.string().min(1).max(64),
  startsAt: EpochMs,
  durationMinutes: Minutes.optional(),
  partySize: PartySize,
  guest: NeutralGuest,
  /** The booking's note the restaurant edits (desk `notes`). */
  notes: Note.optional(),
  /** What the guest wrote when booking; read-only for us. */
  guestNote: Note.optional(),
  source: ReservationSource,
  /** The platform's channel or source label (`Google`, `TheFork Manager API`). */
  channel: z.string().min(1).max(64).optional(),
  refs: ExternalRefs,
  offerId: Id.optional(),
  customerId: Id.optional(),
  diningRoomId: Id.optional(),
  serviceId: Id.optional(),
  tableIds: IdList,
  arrivedAt: EpochMs.optional(),
  seatedAt: EpochMs.optional(),
  completedAt: EpochMs.optional(),
  cancelledAt: EpochMs.optional(),
  /** The platform's markers; the engine diffs on content when a platform has no updatedAt. */
  platformCreatedAt: EpochMs.optional(),
  platformUpdatedAt: EpochMs.optional(),
  dropped: z.array(DroppedField).max(50),
  /** The platform's record as received, for external_mappings.raw and conflicts. */
  raw: JsonObject,
});
export type NeutralReservation = z.infer<typeof NeutralReservation>;

export const DraftGuest = z.strictObject({
  name: PersonName,
  firstName: PersonName.optional(),
  lastName: PersonName.optional(),
  email: Email.optional(),
  phone: Phone.optional(),
  locale: LocaleTag.optional(),
});
export type DraftGuest = z.infer<typeof DraftGuest>;

/** A desk reservation to create on a platform. */
export const NeutralReservationDraft = z.strictObject({
  localId: Id,
  status: z.enum(['requested', 'confirmed']),
  startsAt: EpochMs,
  durationMinutes: Minutes.optional(),
  partySize: PartySize,
  guest: DraftGuest,
  notes: Note.optional(),
  guestNote: Note.optional(),
  offerId: Id.optional(),
  customerId: Id.optional(),
  diningRoomId: Id.optional(),
  serviceId: Id.optional(),
  tableIds: IdList,
});
export type NeutralReservationDraft = z.infer<typeof NeutralReservationDraft>;

/** The fields of a desk reservation that changed; absent = unchanged. */
export const NeutralReservationChange = z.strictObject({
  startsAt: EpochMs.optional(),
  durationMinutes: Minutes.optional(),
  partySize: PartySize.optional(),
  guest: DraftGuest.partial().optional(),
  notes: Note.optional(),
  offerId: Id.optional(),
  diningRoomId: Id.optional(),
  tableIds: IdList.optional(),
});
export type NeutralReservationChange = z.infer<typeof NeutralReservationChange>;

/** What a write did: the platform's record after it, and what could not be carried over. */
export interface WriteOutcome {
  readonly reservation: NeutralReservation;
  /** Fields of the request the platform cannot take (e.g. TheFork updates only date and party). */
  readonly ignoredFields: readonly string[];
  /** Sentences for the sync log: truncations, unmapped tables, placement warnings... */
  readonly warnings: readonly string[];
}

export interface CancelOutcome extends WriteOutcome {
  /** The platform already had it cancelled: nothing was changed. */
  readonly alreadyCancelled: boolean;
}
