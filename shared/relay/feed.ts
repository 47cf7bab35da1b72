import { z } from 'zod';
import { platformSchema, querySeqSchema, seqSchema } from './common';

export const feedEventSchema = z.object({
  seq: seqSchema,
  platform: platformSchema,
  /** The platform's event id (`id:...`) or, when it has none, `sha256:<hash of the body>`. */
  eventKey: z.string(),
  eventType: z.string().nullable(),
  receivedAt: z.string(),
  payload: z.unknown(),
});
export type FeedEvent = z.infer<typeof feedEventSchema>;

export const feedPullQuerySchema = z.object({
  /** Return events after this seq; omitted = after what this device acknowledged. */
  after: querySeqSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export const feedPullResponseSchema = z.object({
  events: z.array(feedEventSchema),
  checkpoint: z.object({ seq: seqSchema }),
  hasMore: z.boolean(),
  /** The highest seq assigned for this tenant so far. */
  headSeq: seqSchema,
  /** Events up to this seq were removed by retention. */
  purgedThrough: seqSchema,
  /** True when events after the asked position were already purged: the desk missed some. */
  gap: z.boolean(),
});
export type FeedPullResponse = z.infer<typeof feedPullResponseSchema>;

export const feedAckBodySchema = z.object({ seq: seqSchema });
export const feedAckResponseSchema = z.object({ status: z.literal('ok'), ackedSeq: seqSchema });
