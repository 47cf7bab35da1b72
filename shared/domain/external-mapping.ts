import { z } from 'zod';
import { defineCollection } from './rxdb/collection-definition';
import { ID_MAX_LENGTH, EntityType, EpochMs, Id, Platform } from './primitives';
import { JsonObject } from './json-value';

export const EXTERNAL_ID_MAX_LENGTH = 128;
const SEPARATOR = '|';

export const ExternalId = z
  .string()
  .min(1)
  .max(EXTERNAL_ID_MAX_LENGTH)
  .regex(/^[^|\s]+$/, 'an external id has no spaces and no "|"');

export const MappingStatus = z.enum(['linked', 'pending', 'orphaned', 'error']);
export type MappingStatus = z.infer<typeof MappingStatus>;

/** `${platform}|${entityType}|${externalId}`: the unique key that makes applies idempotent. */
export function externalMappingId(
  platform: string,
  entityType: EntityType,
  externalId: string,
): string {
  return [platform, entityType, externalId].join(SEPARATOR);
}

export const ExternalMappingFields = z.strictObject({
  /** Composite primary key, see externalMappingId(); RxDB fills and checks it. */
  id: z
    .string()
    .min(5)
    .max(32 + 16 + EXTERNAL_ID_MAX_LENGTH + 2),
  platform: Platform,
  entityType: EntityType,
  externalId: ExternalId,
  entityId: Id,
  /** A second platform id when one exists (TheFork customerUuid next to reservationUuid). */
  secondaryId: z
    .string()
    .min(1)
    .max(ID_MAX_LENGTH * 2)
    .optional(),
  /** The platform's last record as received, for diffs and conflicts. */
  raw: JsonObject.optional(),
  status: MappingStatus,
  lastSyncedAt: EpochMs.optional(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});

export const ExternalMapping = ExternalMappingFields.superRefine((m, ctx) => {
  if (m.id !== externalMappingId(m.platform, m.entityType, m.externalId)) {
    ctx.addIssue({
      code: 'custom',
      path: ['id'],
      message: 'id must be platform|entityType|externalId',
    });
  }
});
export type ExternalMapping = z.infer<typeof ExternalMapping>;

export const externalMappingCollection = defineCollection({
  name: 'external_mappings',
  schema: ExternalMapping,
  description: 'Local entity <-> platform id, unique per (platform, entityType, externalId).',
  version: 0,
  primaryKey: { key: 'id', fields: ['platform', 'entityType', 'externalId'], separator: SEPARATOR },
  indexes: [
    // The platform sent an id: which local entity? (the primary key answers exactly; this
    // index serves "every mapping of this platform's id", any entity type.)
    ['platform', 'externalId'],
    // A local entity changed: which platforms know it, under which ids?
    ['entityType', 'entityId', 'platform'],
    ['status', 'updatedAt'],
  ],
  migrations: [],
});
