import { z } from 'zod';

/** Shapes the shared scenario routes answer with (also parsed by the scenario clients). */
export const deliveryAttemptSchema = z.object({
  at: z.string(),
  status: z.number().optional(),
  error: z.string().optional(),
});
export type DeliveryAttempt = z.infer<typeof deliveryAttemptSchema>;

export const deliveryStateSchema = z.enum([
  'pending',
  'delivered',
  'failed',
  'dropped',
  'no-target',
  'gone',
]);
export type DeliveryState = z.infer<typeof deliveryStateSchema>;

export const deliveryRecordSchema = z.object({
  id: z.string(),
  eventType: z.string(),
  url: z.string().nullable(),
  body: z.string(),
  state: deliveryStateSchema,
  attempts: z.array(deliveryAttemptSchema),
});
export type DeliveryRecord = z.infer<typeof deliveryRecordSchema>;

export const webhooksViewSchema = z.object({
  target: z.string().nullable(),
  deliveries: z.array(deliveryRecordSchema),
});

export const loggedRequestSchema = z.object({
  at: z.string(),
  method: z.string(),
  path: z.string(),
  status: z.number(),
  durationMs: z.number(),
  injected: z.enum(['server-error', 'rate-limit']).optional(),
});
export type LoggedRequest = z.infer<typeof loggedRequestSchema>;

export const faultsViewSchema = z.object({
  serverErrors: z.object({ remaining: z.number(), status: z.number() }).nullable(),
  latency: z.object({ ms: z.number(), remaining: z.number().nullable() }).nullable(),
  dropWebhooks: z.number(),
  rateLimit: z.object({ limit: z.number(), windowSeconds: z.number() }),
  expiredTokens: z.number().optional(),
});
export type FaultsView = z.infer<typeof faultsViewSchema>;

export const clockViewSchema = z.object({ now: z.string(), offsetMs: z.number() });
export type ClockView = z.infer<typeof clockViewSchema>;

export const controlErrorSchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
