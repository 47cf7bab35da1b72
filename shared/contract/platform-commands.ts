import { z } from 'zod';

/** Platform connection commands of the bridge contract (see commands.ts). */

export const ConnectablePlatform = z.enum(['thefork', 'formitable']);

export const PlatformSummary = z.object({
  platform: z.string(),
  displayName: z.string(),
  restaurantId: z.string().nullable(),
  active: z.boolean(),
  masterFor: z.array(z.string()),
  pollIntervalSeconds: z.number().int(),
  /** Each credential field, masked: enough to recognise it, never enough to use it. */
  maskedCredentials: z.record(z.string(), z.string()),
});
export type PlatformSummary = z.infer<typeof PlatformSummary>;

export const ConnectPlatformRequest = z.strictObject({
  platform: ConnectablePlatform,
  restaurantId: z.string().trim().min(1, 'the restaurant id is required').max(128),
  /** TheFork: clientId, clientSecret. Formitable: apiKey. Checked by the platform's connector. */
  credentials: z.record(z.string().max(64), z.string().max(4096)),
  masterFor: z
    .array(z.enum(['reservation', 'customer']))
    .max(2)
    .default([]),
  pollIntervalSeconds: z.int().min(15).max(86_400).default(300),
});
export type ConnectPlatformRequest = z.infer<typeof ConnectPlatformRequest>;
