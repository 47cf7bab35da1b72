import { z } from 'zod';
import { defineCollection } from './rxdb/collection-definition';
import { Count, EntityType, EpochMs, Id, Platform, Slug, StoredError } from './primitives';
import { JsonValue } from './json-value';

export const SyncDirection = z.enum(['inbound', 'outbound']);
export type SyncDirection = z.infer<typeof SyncDirection>;

export const SyncLogStatus = z.enum([
  'pending',
  'running',
  'succeeded',
  'failed',
  'retry_scheduled',
  'parked',
  'skipped',
]);
export type SyncLogStatus = z.infer<typeof SyncLogStatus>;

/** Known actions; open set (Slug): create, update, cancel, status, fetch, poll, webhook, auth... */
export const SyncAction = Slug;

export const SyncLogFields = z.strictObject({
  id: Id,
  platform: Platform,
  direction: SyncDirection,
  action: SyncAction,
  status: SyncLogStatus,
  entityType: EntityType.optional(),
  entityId: Id.optional(),
  externalId: z.string().min(1).max(128).optional(),
  /** Attempts of one outbound job share a jobId. */
  jobId: Id.optional(),
  /** What was sent and received, credentials removed. */
  requestPayload: JsonValue.optional(),
  responsePayload: JsonValue.optional(),
  error: StoredError.optional(),
  retryCount: Count,
  nextRetryAt: EpochMs.optional(),
  durationMs: z.int().min(0).max(86_400_000).optional(),
  /** When the step started. */
  at: EpochMs,
  updatedAt: EpochMs,
});

export const SyncLog = SyncLogFields.superRefine((l, ctx) => {
  if (l.status === 'retry_scheduled' && l.nextRetryAt === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextRetryAt'],
      message: 'a scheduled retry needs nextRetryAt',
    });
  }
  if ((l.status === 'failed' || l.status === 'parked') && l.error === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['error'],
      message: `a ${l.status} entry needs its error`,
    });
  }
});
export type SyncLog = z.infer<typeof SyncLog>;

export const syncLogCollection = defineCollection({
  name: 'sync_logs',
  schema: SyncLog,
  description: 'Every sync step, both directions: what, with whom, outcome, retries.',
  version: 0,
  primaryKey: 'id',
  indexes: [
    // The log, newest first, optionally per platform or status.
    ['at'],
    ['platform', 'at'],
    ['status', 'at'],
    // The retry scheduler: due retries in order.
    ['status', 'nextRetryAt'],
    // One job's attempts.
    ['jobId', 'at'],
  ],
  migrations: [],
});
