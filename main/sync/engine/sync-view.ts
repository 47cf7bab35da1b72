import { z } from 'zod';
import type { JsonObject } from '../../../shared/domain/json-value';
import type { Reservation, ReservationStatus } from '../../../shared/domain/reservation';
import type { Snapshot } from '../../../shared/store/store-deps';
import type { NeutralReservation } from '../connectors/neutral/neutral-reservation';

/** Reservation fields the engine compares between the desk and a platform. */
export const SYNC_FIELDS = [
  'startsAt',
  'partySize',
  'status',
  'guestName',
  'email',
  'phone',
  'notes',
] as const;
export type SyncField = (typeof SYNC_FIELDS)[number];

export const SyncView = z.strictObject({
  startsAt: z.number().optional(),
  partySize: z.number().optional(),
  status: z.string().optional(),
  guestName: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  notes: z.string().optional(),
});
export type SyncView = z.infer<typeof SyncView>;

/**
 * What a mapping remembers of the last sync (kept in external_mappings.raw): the desk's and the
 * platform's views as they were then. A field changed on a side when it differs from its base.
 */
export const MappingMemory = z.object({
  deskBase: SyncView,
  remoteBase: SyncView,
  /** The platform's record as last received (for people reading a conflict). */
  record: z.record(z.string(), z.unknown()).optional(),
  /** `platform` when the booking was first seen on this platform (it is not created elsewhere). */
  origin: z.enum(['desk', 'platform']).optional(),
});
export type MappingMemory = z.infer<typeof MappingMemory>;

const text = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === '' ? undefined : value;

function clean(view: Record<string, string | number | undefined>): SyncView {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(view)) if (value !== undefined) out[key] = value;
  return out;
}

export function deskView(r: Snapshot<Reservation>): SyncView {
  return clean({
    startsAt: r.startsAt,
    partySize: r.partySize,
    status: r.status,
    guestName: r.guestName,
    email: r.email,
    phone: r.phone,
    notes: text(r.notes),
  });
}

export function guestNameOf(n: NeutralReservation): string | undefined {
  const joined = [n.guest.firstName, n.guest.lastName].filter((p) => p !== undefined).join(' ');
  return text(n.guest.name) ?? text(joined);
}

export function remoteView(n: NeutralReservation): SyncView {
  return clean({
    startsAt: n.startsAt,
    partySize: n.partySize,
    status: n.status,
    guestName: guestNameOf(n),
    email: n.guest.email,
    phone: n.guest.phone,
    notes: text(n.notes),
  });
}

/** Reads the memory of a mapping; a missing or foreign `raw` means "never synced". */
export function readMemory(raw: unknown): MappingMemory | undefined {
  const parsed = MappingMemory.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function memoryJson(memory: MappingMemory): JsonObject {
  return JSON.parse(JSON.stringify(memory)) as JsonObject;
}

export const isStatus = (value: unknown): value is ReservationStatus =>
  typeof value === 'string' &&
  ['requested', 'confirmed', 'arrived', 'seated', 'completed', 'cancelled', 'no_show'].includes(
    value,
  );
