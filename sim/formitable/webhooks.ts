import { signStandardWebhook } from '../common/standard-webhooks';
import type { OutgoingWebhook } from '../common/webhook-sender';
import type { Notification } from './wire';

/**
 * Formitable's webhook format is not public. The simulator sends a minimal Standard Webhooks
 * notification that only says "this restaurant (and booking) changed: poll now".
 */
export function toNotification(
  input: { id: string; restaurantUid: string; bookingUid: string | null; at: number },
  secret: string,
): OutgoingWebhook {
  const payload: Notification = {
    type: 'booking.changed',
    timestamp: new Date(input.at).toISOString(),
    data: { restaurantUid: input.restaurantUid, bookingUid: input.bookingUid },
  };
  const body = JSON.stringify(payload);
  return {
    id: input.id,
    eventType: payload.type,
    body,
    headersFor: (wallNowMs) => {
      const timestamp = Math.floor(wallNowMs / 1000);
      return {
        'webhook-id': input.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signStandardWebhook(secret, input.id, timestamp, body),
      };
    },
  };
}
