import type { OutgoingWebhook } from '../common/webhook-sender';
import type { ForkEvent } from './state';
import type { WebhookPayload } from './wire';

/**
 * TheFork is given a URL that carries the receiver's own secret (`?token=…`); it sends no
 * signature. Returns the URL to POST to, and the token actually in it.
 */
export function webhookUrl(relayUrl: string, token: string): { url: string; token: string } {
  const url = new URL(relayUrl);
  const existing = url.searchParams.get('token');
  if (existing !== null && existing.length > 0) return { url: url.toString(), token: existing };
  url.searchParams.set('token', token);
  return { url: url.toString(), token };
}

/** The body exactly as documented: field order entityType, eventType, uuid, groupUuid(, restaurantUuid). */
export function toWebhookPayload(event: ForkEvent): WebhookPayload {
  if (event.entityType === 'reservation') {
    return {
      entityType: 'reservation',
      eventType: event.eventType,
      uuid: event.uuid,
      groupUuid: event.groupUuid,
      restaurantUuid: event.restaurantUuid,
    };
  }
  return {
    entityType: 'customer',
    eventType: event.eventType,
    uuid: event.uuid,
    groupUuid: event.groupUuid,
  };
}

export function toOutgoingWebhook(event: ForkEvent, sequence: number): OutgoingWebhook {
  return {
    id: `thefork-${sequence}`,
    eventType: event.eventType,
    body: JSON.stringify(toWebhookPayload(event)),
    // No signature or custom header: the token in the URL is the only credential.
    headersFor: () => ({}),
  };
}
