import { z } from 'zod';
import { deviceIdSchema } from './common';

export const leaseHolderSchema = z.object({
  deviceId: deviceIdSchema,
  deviceName: z.string(),
  /** Grows by one each time the lease changes hands: a fencing token. */
  epoch: z.number().int(),
  acquiredAt: z.string(),
  renewedAt: z.string(),
  expiresAt: z.string(),
});
export type LeaseHolder = z.infer<typeof leaseHolderSchema>;

export const leaseStatusSchema = z.object({
  holder: leaseHolderSchema.nullable(),
  youHold: z.boolean(),
  serverTime: z.string(),
});
export type LeaseStatus = z.infer<typeof leaseStatusSchema>;

export const leaseAcquireBodySchema = z.object({
  ttlMs: z.number().int().min(500).max(600_000).default(30_000),
});
