import { z } from 'zod';
import { defineCollection } from './rxdb/collection-definition';
import { EntityType, EpochMs, Id, Label, Platform } from './primitives';
import { JsonObject, JsonValue } from './json-value';

export const ConflictStatus = z.enum(['open', 'resolved', 'dismissed']);
export type ConflictStatus = z.infer<typeof ConflictStatus>;

/** Field names are top-level entity fields. */
const FieldName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, 'a field name');

export const DisputedField = z.strictObject({
  field: FieldName,
  local: JsonValue.optional(),
  remote: JsonValue.optional(),
  /** The value both sides last agreed on, when known. */
  base: JsonValue.optional(),
  /** What the mastering rules say, for the person deciding. */
  ruleHint: z.string().max(500).optional(),
});
export type DisputedField = z.infer<typeof DisputedField>;

export const FieldChoice = z.enum(['local', 'remote']);
export type FieldChoice = z.infer<typeof FieldChoice>;

export const ConflictFields = z.strictObject({
  id: Id,
  entityType: EntityType,
  entityId: Id,
  platform: Platform,
  externalId: z.string().min(1).max(128).optional(),
  /** Both whole versions, as they were when the conflict was found. */
  localVersion: JsonObject,
  remoteVersion: JsonObject,
  fields: z.array(DisputedField).min(1).max(100),
  status: ConflictStatus,
  /** Per disputed field, which side won. */
  resolution: z.record(FieldName, FieldChoice).optional(),
  /** Who decided: a person's name at the desk, or "rules". */
  resolvedBy: Label.optional(),
  resolvedAt: EpochMs.optional(),
  createdAt: EpochMs,
  updatedAt: EpochMs,
});

export const Conflict = ConflictFields.superRefine((c, ctx) => {
  const names = c.fields.map((f) => f.field);
  if (new Set(names).size !== names.length) {
    ctx.addIssue({ code: 'custom', path: ['fields'], message: 'a field is disputed twice' });
  }
  if (c.status === 'resolved') {
    const resolution = c.resolution ?? {};
    const missing = names.filter((n) => !(n in resolution));
    if (missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['resolution'],
        message: `resolved without a choice for: ${missing.join(', ')}`,
      });
    }
  }
  if (c.status !== 'open' && (c.resolvedAt === undefined || c.resolvedBy === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['resolvedAt'],
      message: 'a closed conflict says who and when',
    });
  }
});
export type Conflict = z.infer<typeof Conflict>;

export const conflictCollection = defineCollection({
  name: 'conflicts',
  schema: Conflict,
  description: 'Disagreements between the desk and a platform, field by field, until decided.',
  version: 0,
  primaryKey: 'id',
  indexes: [
    // The inbox: open conflicts, newest first.
    ['status', 'createdAt'],
    // Is there already an open conflict for this reservation?
    ['entityType', 'entityId', 'status'],
  ],
  migrations: [],
});
