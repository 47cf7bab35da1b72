import { z } from 'zod';
import { defineCollection } from './rxdb/collection-definition';
import {
  Email,
  EpochMs,
  Id,
  IdList,
  Label,
  Minutes,
  Note,
  PartySize,
  PersonName,
  Phone,
  Slug,
  TextList,
} from './primitives';

export const ReservationStatus = z.enum([
  'requested',
  'confirmed',
  'arrived',
  'seated',
  'completed',
  'cancelled',
  'no_show',
]);
export type ReservationStatus = z.infer<typeof ReservationStatus>;

/** Statuses that end a reservation: it no longer holds a table. */
export const FINAL_STATUSES: readonly ReservationStatus[] = ['completed', 'cancelled', 'no_show'];

/** Where a booking came from. Open set: a new platform is a new slug, no schema change. */
export const KNOWN_SOURCES = [
  'phone',
  'walk_in',
  'website',
  'email',
  'thefork',
  'zenchef',
  'lightspeed',
  'square',
  'sevenrooms',
  'opentable',
  'google',
] as const;
export const ReservationSource = Slug;
export type ReservationSource = z.infer<typeof ReservationSource>;

/** Fields as stored; `Reservation` adds the rules that tie fields together. */
export const ReservationFields = z.strictObject({
  id: Id,
  guestName: PersonName,
  phone: Phone.optional(),
  email: Email.optional(),
  partySize: PartySize,
  adults: z.int().min(0).max(1000).optional(),
  children: z.int().min(0).max(1000).optional(),
  /** UTC instant the table is booked for. */
  startsAt: EpochMs,
  durationMinutes: Minutes,
  status: ReservationStatus,
  source: ReservationSource,
  serviceId: Id.optional(),
  offerId: Id.optional(),
  diningRoomId: Id.optional(),
  /** Several ids when tables are combined; empty when not yet assigned. */
  tableIds: IdList,
  notes: Note.optional(),
  allergies: TextList,
  dietaryRestrictions: TextList,
  occasion: Label.optional(),
  customerId: Id.optional(),
  /** Set when the status moves; the floor plan shows time since seating. */
  arrivedAt: EpochMs.optional(),
  seatedAt: EpochMs.optional(),
  completedAt: EpochMs.optional(),
  cancelledAt: EpochMs.optional(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});

export const Reservation = ReservationFields.superRefine((r, ctx) => {
  if (r.adults !== undefined && r.children !== undefined && r.adults + r.children !== r.partySize) {
    ctx.addIssue({
      code: 'custom',
      path: ['adults'],
      message: `adults (${r.adults}) + children (${r.children}) must equal the party size (${r.partySize})`,
    });
  }
  if (new Set(r.tableIds).size !== r.tableIds.length) {
    ctx.addIssue({ code: 'custom', path: ['tableIds'], message: 'a table is listed twice' });
  }
  if (r.updatedAt < r.createdAt) {
    ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: 'updatedAt is before createdAt' });
  }
});
export type Reservation = z.infer<typeof Reservation>;

/** The end of the table's booking, as a UTC instant. */
export function reservationEndsAt(r: Pick<Reservation, 'startsAt' | 'durationMinutes'>): number {
  return r.startsAt + r.durationMinutes * 60_000;
}

export const reservationCollection = defineCollection({
  name: 'reservations',
  schema: Reservation,
  description: 'The book: one document per reservation, start as a UTC instant.',
  version: 0,
  primaryKey: 'id',
  indexes: [
    // The day's book: startsAt in [dayStart, dayEnd), in time order.
    ['startsAt'],
    // Status lists (requests to confirm, who is seated) in time order.
    ['status', 'startsAt'],
    // A guest's history and upcoming visits.
    ['customerId', 'startsAt'],
    // Sync and "recently changed".
    ['updatedAt'],
  ],
  migrations: [],
});
