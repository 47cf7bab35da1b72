import { z } from 'zod';
import { defineCollection } from './rxdb/collection-definition';
import { CurrencyCode, EpochMs, Label, LocaleTag, TimeZone } from './primitives';

/** The one settings document has this id. */
export const RESTAURANT_SETTINGS_ID = 'restaurant';

export const RestaurantSettings = z.strictObject({
  id: z.literal(RESTAURANT_SETTINGS_ID),
  name: Label,
  /** IANA zone every local date and time of the restaurant is read in. */
  timeZone: TimeZone,
  locale: LocaleTag,
  currency: CurrencyCode,
  updatedAt: EpochMs,
});
export type RestaurantSettings = z.infer<typeof RestaurantSettings>;

export const restaurantSettingsCollection = defineCollection({
  name: 'restaurant_settings',
  schema: RestaurantSettings,
  description: `The restaurant: name, time zone, locale. One document, id "${RESTAURANT_SETTINGS_ID}".`,
  version: 0,
  primaryKey: 'id',
  indexes: [],
  migrations: [],
});
