import { z } from 'zod';

export const relayOptionsSchema = z.object({
  /** Days a webhook event stays pullable after it arrived. */
  retentionDays: z.number().positive().max(3650).default(14),
  /** Behind a load balancer: trust X-Forwarded-For for client addresses. */
  trustProxy: z.boolean().default(false),
  /** Authentic webhook bodies above this are refused (413) and kept for triage. */
  maxEventBytes: z
    .number()
    .int()
    .positive()
    .default(256 * 1024),
  /** Any body above this is cut off unread. */
  hardBodyLimit: z
    .number()
    .int()
    .positive()
    .default(1024 * 1024),
  pushBodyLimit: z
    .number()
    .int()
    .positive()
    .default(8 * 1024 * 1024),
  /** Per-device token bucket. */
  deviceRate: z
    .object({ capacity: z.number().positive(), refillPerSecond: z.number().positive() })
    .default({ capacity: 600, refillPerSecond: 100 }),
  /** Per-address bucket for enrolment. */
  enrolRate: z
    .object({ capacity: z.number().positive(), refillPerSecond: z.number().positive() })
    .default({ capacity: 10, refillPerSecond: 0.2 }),
  heartbeatMs: z.number().int().positive().default(15_000),
  /** How often retention runs (it also runs at start). */
  purgeEveryMs: z
    .number()
    .int()
    .positive()
    .default(60 * 60 * 1000),
  /** Run retention once a second after start (tests turn it off). */
  purgeOnStart: z.boolean().default(true),
});
export type RelayOptions = z.infer<typeof relayOptionsSchema>;
export type RelayOptionsInput = z.input<typeof relayOptionsSchema>;

export const RELAY_VERSION = '0.1.0';
export const DEFAULT_PORT = 8787;
