import { z } from 'zod';
import { defineCollection } from './rxdb/collection-definition';
import { CurrencyCode, EpochMs, Id, Label, MinorAmount, Note, Slug, TextList } from './primitives';

export const MenuItem = z.strictObject({
  id: Id,
  name: Label,
  description: Note.optional(),
  /** starter, main, dessert, drink, ... (open set). */
  category: Slug,
  priceMinor: MinorAmount,
  currency: CurrencyCode,
  /** Allergens present (EU 14 names or free text). */
  allergens: TextList,
  available: z.boolean(),
  position: z.int().min(0).max(100_000),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});
export type MenuItem = z.infer<typeof MenuItem>;

export const menuItemCollection = defineCollection({
  name: 'menu_items',
  schema: MenuItem,
  description: 'The menu: dishes and drinks with prices in minor units.',
  version: 0,
  primaryKey: 'id',
  indexes: [['category', 'position']],
  migrations: [],
});
