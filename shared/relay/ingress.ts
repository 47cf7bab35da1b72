import { z } from 'zod';
import { platformSchema, seqSchema, tenantIdSchema } from './common';

export const hookPathSchema = z.object({ tenantId: tenantIdSchema, platform: platformSchema });
export const hookAcceptedSchema = z.object({
  status: z.literal('ok'),
  seq: seqSchema,
  /** True when this event was stored before (a retry): nothing new was stored. */
  duplicate: z.boolean(),
});
