import { z } from 'zod';
import { defineCollection } from './rxdb/collection-definition';
import { EntityType, EpochMs, Id, Label, Platform, StoredError } from './primitives';

/**
 * How the desk talks to one platform. No secret is stored here: `credentialRef` names a sealed
 * entry kept by the secret box in main, and the renderer only ever sees that name.
 */
export const PlatformConfigFields = z.strictObject({
  /** One config per platform: the id is the platform slug. */
  id: Platform,
  platform: Platform,
  displayName: Label,
  /** The platform's id of this restaurant (TheFork restaurantUuid, Formitable restaurantUid). */
  externalRestaurantId: z.string().min(1).max(128).optional(),
  /** Entity types whose truth is the platform's (decision 9). */
  masterFor: z.array(EntityType).max(8),
  /** Entity types exchanged with the platform at all. */
  syncEntities: z.array(EntityType).max(8),
  pollIntervalSeconds: z.int().min(15).max(86_400),
  active: z.boolean(),
  /** Reference to sealed credentials (never the credentials). */
  credentialRef: Id.optional(),
  lastSyncAt: EpochMs.optional(),
  lastSuccessAt: EpochMs.optional(),
  lastError: StoredError.optional(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});

export const PlatformConfig = PlatformConfigFields.superRefine((c, ctx) => {
  if (c.id !== c.platform) {
    ctx.addIssue({
      code: 'custom',
      path: ['id'],
      message: 'the id of a platform config is its platform',
    });
  }
  for (const type of c.masterFor) {
    if (!c.syncEntities.includes(type)) {
      ctx.addIssue({
        code: 'custom',
        path: ['masterFor'],
        message: `masters "${type}" without syncing it; add it to syncEntities`,
      });
    }
  }
});
export type PlatformConfig = z.infer<typeof PlatformConfig>;

export const platformConfigCollection = defineCollection({
  name: 'platform_configs',
  schema: PlatformConfig,
  description: 'Connected booking platforms: what each masters and syncs, polling, last sync.',
  version: 0,
  primaryKey: 'id',
  indexes: [],
  migrations: [],
});
