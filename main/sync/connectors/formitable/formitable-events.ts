import { z } from 'zod';
import type { InboundEvent } from '../platform-connector';

/**
 * Formitable's webhook format is not public (reference §1a). The relay verifies the Standard
 * Webhooks signature our simulator (and, we assume, the platform) sends; the body is then only a
 * signal to poll the booking window, never data. A booking uid in it is passed on as a hint.
 */
const Notification = z.object({
  data: z
    .object({
      restaurantUid: z.string().max(64).optional(),
      bookingUid: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,64}$/)
        .nullable()
        .optional(),
    })
    .optional(),
});

export function parseFormitableEvent(payload: unknown, restaurantUid: string): InboundEvent {
  let body = payload;
  if (typeof payload === 'string') {
    try {
      body = JSON.parse(payload) as unknown;
    } catch {
      // Unknown shape by design: still a reason to poll.
      return { kind: 'poll' };
    }
  }
  const parsed = Notification.safeParse(body);
  if (!parsed.success) return { kind: 'poll' };
  const data = parsed.data.data;
  if (
    data?.restaurantUid !== undefined &&
    data.restaurantUid.toLowerCase() !== restaurantUid.toLowerCase()
  ) {
    return { kind: 'ignored', reason: 'the notification is for another restaurant' };
  }
  const hint = data?.bookingUid ?? undefined;
  return hint === undefined ? { kind: 'poll' } : { kind: 'poll', externalIdHint: hint };
}
