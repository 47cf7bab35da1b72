import { z } from 'zod';
import { querySeqSchema, seqSchema, tenantIdSchema } from './common';

export const collectionNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,63}$/, 'a collection name is lowercase letters, digits, _ or -');

export const replicationPathSchema = z.object({
  tenantId: tenantIdSchema,
  collection: collectionNameSchema,
  schemaVersion: z.coerce.number().int().min(0).max(1_000_000),
});

/** A plain object, as RxDB merges checkpoints with Object.assign. */
export const replicationCheckpointSchema = z.object({ seq: seqSchema });
export type ReplicationCheckpoint = z.infer<typeof replicationCheckpointSchema>;

/** A replicated document: any JSON object; `_deleted` marks a tombstone. */
export const replicatedDocSchema = z.record(z.string(), z.unknown());
export type ReplicatedDoc = z.infer<typeof replicatedDocSchema>;

export const replicationPullQuerySchema = z.object({
  seq: querySeqSchema.default(0),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
});
export const replicationPullResponseSchema = z.object({
  documents: z.array(replicatedDocSchema),
  checkpoint: replicationCheckpointSchema,
});
export type ReplicationPullResponse = z.infer<typeof replicationPullResponseSchema>;

export const pushRowSchema = z.object({
  assumedMasterState: replicatedDocSchema.nullish(),
  newDocumentState: replicatedDocSchema,
});
export const replicationPushBodySchema = z.object({
  /** The document field that holds its id (RxDB's primaryPath). */
  primaryPath: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'primaryPath is a top-level field name')
    .default('id'),
  rows: z.array(pushRowSchema).max(1000),
});
export type ReplicationPushBody = z.input<typeof replicationPushBodySchema>;
/** The current server state of every row whose assumed master state was not the current one. */
export const replicationPushResponseSchema = z.object({ conflicts: z.array(replicatedDocSchema) });
