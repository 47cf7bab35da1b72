import type { InboundEvent } from '../platform-connector';
import { TheForkWebhook } from './thefork-wire';

const RESERVATION_EVENTS: Readonly<Record<string, 'created' | 'updated'>> = {
  reservationCreated: 'created',
  reservationUpdated: 'updated',
};
const CUSTOMER_EVENTS: Readonly<Record<string, 'created' | 'updated'>> = {
  customerCreated: 'created',
  customerUpdated: 'updated',
};

/** Bodies larger than this are not TheFork's thin webhooks. */
const MAX_BODY_CHARS = 16 * 1024;

/**
 * TheFork's thin webhook `{entityType, eventType, uuid, groupUuid[, restaurantUuid]}`: it only
 * says which entity to fetch (reference §2). Cancellations arrive as `reservationUpdated`.
 */
export function parseTheForkEvent(payload: unknown, restaurantUuid: string): InboundEvent {
  let body = payload;
  if (typeof payload === 'string') {
    if (payload.length > MAX_BODY_CHARS) {
      return { kind: 'invalid', reason: 'the body is far larger than a TheFork webhook' };
    }
    try {
      body = JSON.parse(payload) as unknown;
    } catch {
      return { kind: 'invalid', reason: 'the body is not JSON' };
    }
  }
  const parsed = TheForkWebhook.safeParse(body);
  if (!parsed.success) {
    return {
      kind: 'invalid',
      reason: 'not a TheFork webhook (needs entityType, eventType and a UUID in uuid)',
    };
  }
  const event = parsed.data;
  const externalId = event.uuid.toLowerCase();
  if (event.entityType === 'reservation') {
    const change = RESERVATION_EVENTS[event.eventType];
    if (change === undefined) {
      return { kind: 'ignored', reason: `reservation event "${event.eventType}" is not synced` };
    }
    if (
      event.restaurantUuid !== undefined &&
      event.restaurantUuid.toLowerCase() !== restaurantUuid.toLowerCase()
    ) {
      return { kind: 'ignored', reason: 'the reservation belongs to another restaurant' };
    }
    return { kind: 'reservation', externalId, change };
  }
  if (event.entityType === 'customer') {
    const change = CUSTOMER_EVENTS[event.eventType];
    if (change === undefined) {
      return { kind: 'ignored', reason: `customer event "${event.eventType}" is not synced` };
    }
    return { kind: 'customer', externalId, change };
  }
  return { kind: 'ignored', reason: `"${event.entityType}" events are not synced` };
}
