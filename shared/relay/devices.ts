import { z } from 'zod';
import { deviceIdSchema, tenantIdSchema } from './common';

export const enrolBodySchema = z.object({
  code: z.string().min(1).max(64),
  deviceName: z.string().trim().min(1).max(80),
});
export const enrolResponseSchema = z.object({
  tenantId: tenantIdSchema,
  deviceId: deviceIdSchema,
  /** Shown once; the relay keeps only its SHA-256. */
  token: z.string(),
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;

export const deviceSchema = z.object({
  deviceId: deviceIdSchema,
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  feedAckedSeq: z.number().int(),
});
export const meResponseSchema = z.object({
  tenantId: tenantIdSchema,
  tenantName: z.string(),
  deviceId: deviceIdSchema,
  deviceName: z.string(),
});
export const devicesResponseSchema = z.object({ devices: z.array(deviceSchema) });
export const devicePathSchema = z.object({ tenantId: tenantIdSchema, deviceId: deviceIdSchema });
