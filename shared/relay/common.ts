/**
 * Wire shapes shared by the relay and the desk's relay client. zod only, no Node APIs, so the desk
 * (and, later, shared/) can import them as they are.
 */
import { z } from 'zod';

/** The one error shape of every relay answer that is not a success. */
export const errorBodySchema = z.object({
  status: z.literal('error'),
  reason: z.string(),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const tenantIdSchema = z
  .string()
  .regex(/^t_[a-z2-7]{20}$/, 'a tenant id looks like t_ followed by 20 letters or digits');
export const deviceIdSchema = z
  .string()
  .regex(/^d_[a-z2-7]{20}$/, 'a device id looks like d_ followed by 20 letters or digits');
export const platformSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,31}$/, 'a platform name is 2 to 32 lowercase letters, digits or -');
/** A server-assigned position; JSON numbers are exact up to 2^53. */
export const seqSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const querySeqSchema = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const tenantPathSchema = z.object({ tenantId: tenantIdSchema });
export const okSchema = z.object({ status: z.literal('ok') });
