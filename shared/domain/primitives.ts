import { z } from 'zod';

/**
 * Building blocks shared by every entity schema. Each one is written so that its JSON Schema
 * (zod's `z.toJSONSchema`) says the same thing as the zod check, which keeps the derived RxDB
 * schema and zod in agreement (see README.md). Limits are in UTF-16 code units (zod counts
 * `string.length`); Ajv counts code points, so a string zod accepts is never refused by RxDB.
 */

/** Local ids: UUIDs in practice, at most 64 characters, no separators that clash with keys. */
export const ID_MAX_LENGTH = 64;
export const Id = z
  .string()
  .min(1)
  .max(ID_MAX_LENGTH)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'an id is letters, digits and _ . : - only');
export type Id = z.infer<typeof Id>;

/** 9999-12-31T23:59:59.999Z: the largest instant we store, so that indexes have a fixed width. */
export const MAX_EPOCH_MS = 253_402_300_799_999;

/** A UTC instant in epoch milliseconds: an integer, indexable by RxDB (min, max, multipleOf). */
export const EpochMs = z.int().min(0).max(MAX_EPOCH_MS);
export type EpochMs = z.infer<typeof EpochMs>;

/** A calendar date in the restaurant's zone, `YYYY-MM-DD`; zod's pattern rejects 2026-02-30. */
export const LocalDate = z.iso.date();
export type LocalDate = z.infer<typeof LocalDate>;

/** A wall-clock time in the restaurant's zone, `HH:MM` (00:00 to 23:59). */
export const LocalTime = z.iso.time({ precision: -1 });
export type LocalTime = z.infer<typeof LocalTime>;

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export const IsoWeekday = z.int().min(1).max(7);
export type IsoWeekday = z.infer<typeof IsoWeekday>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone the runtime knows (Europe/Paris, Asia/Kolkata, ...). */
export const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(isKnownTimeZone, { message: 'not an IANA time zone known to this runtime' });
export type TimeZone = z.infer<typeof TimeZone>;

function isLocaleTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag (fr-FR, en, de-CH). */
export const LocaleTag = z
  .string()
  .min(1)
  .max(35)
  .refine(isLocaleTag, { message: 'not a BCP 47 language tag' });
export type LocaleTag = z.infer<typeof LocaleTag>;

/** ISO 4217 currency code. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'a currency is three capital letters');
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** Money in the currency's minor unit (cents), never floats. */
export const MinorAmount = z.int().min(0).max(100_000_000);

/** A lower-case machine name: `walk_in`, `thefork`, `set_menu`. Open sets of values use it. */
export const Slug = z
  .string()
  .min(1)
  .max(32)
  .regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and underscores, starting with a letter');
export type Slug = z.infer<typeof Slug>;

export const PersonName = z.string().min(1).max(200);
export const Label = z.string().min(1).max(100);
export const Note = z.string().max(4000);
export const Email = z.email().max(254);
export const Phone = z
  .string()
  .max(32)
  .regex(/^\+?[0-9 ().-]{3,31}$/, 'a phone number is digits, spaces, ( ) . - and an optional +');

/** Short free-text items (allergies, tags, dietary restrictions), at most 50 of them. */
export const TextList = z.array(z.string().min(1).max(100)).max(50);

export const IdList = z.array(Id).max(50);

/** Counters (visits, no-shows, retries). */
export const Count = z.int().min(0).max(1_000_000);

export const PartySize = z.int().min(1).max(1000);
export const Minutes = z
  .int()
  .min(1)
  .max(24 * 60);

/** Sync entity types: the collections a platform can master or exchange. */
export const EntityType = z.enum([
  'reservation',
  'customer',
  'dining_room',
  'dining_table',
  'dining_service',
  'offer',
  'menu_item',
  'order',
]);
export type EntityType = z.infer<typeof EntityType>;

/** Booking platforms we know; the set is open (any Slug), these are the ones named today. */
export const KNOWN_PLATFORMS = [
  'thefork',
  'zenchef',
  'formitable',
  'lightspeed',
  'square',
  'sevenrooms',
  'opentable',
] as const;
export const Platform = Slug;
export type Platform = z.infer<typeof Platform>;

/** An error as stored for a person to read: a stable code and a sentence. */
export const StoredError = z.strictObject({
  code: Slug,
  message: z.string().min(1).max(2000),
  at: EpochMs,
});
export type StoredError = z.infer<typeof StoredError>;
