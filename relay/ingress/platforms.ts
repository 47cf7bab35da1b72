import { createHash } from 'node:crypto';

/**
 * How each platform proves a webhook is its own (reference/platform-apis.md section 6):
 * - url-token: TheFork calls a URL carrying a secret we chose (`?token=`).
 * - square-hmac: `x-square-hmacsha256-signature` = base64 HMAC-SHA256 over notification URL + body.
 * - basic / bearer: Lightspeed sends the credentials we configured in `Authorization`.
 * - standard-webhooks: webhook-id / webhook-timestamp / webhook-signature (v1, whsec_ secrets).
 */
export const SCHEMES = [
  'url-token',
  'square-hmac',
  'basic',
  'bearer',
  'standard-webhooks',
] as const;
export type Scheme = (typeof SCHEMES)[number];

export const KNOWN_PLATFORMS: Readonly<Record<string, Scheme>> = {
  thefork: 'url-token',
  square: 'square-hmac',
  lightspeed: 'bearer',
  formitable: 'standard-webhooks',
  zenchef: 'standard-webhooks',
};

/** Any other platform configured with a shared secret speaks Standard Webhooks. */
export const defaultScheme = (platform: string): Scheme =>
  KNOWN_PLATFORMS[platform] ?? 'standard-webhooks';

export function webhookPath(tenantId: string, platform: string): string {
  return `/hooks/${tenantId}/${platform}`;
}

/** The URL to give the platform; TheFork's carries the secret token. */
export function webhookUrl(
  publicUrl: string,
  tenantId: string,
  platform: string,
  scheme: Scheme,
  secret?: string,
): string {
  const base = `${publicUrl.replace(/\/+$/, '')}${webhookPath(tenantId, platform)}`;
  return scheme === 'url-token' && secret ? `${base}?token=${encodeURIComponent(secret)}` : base;
}

export interface EventDescription {
  /** The platform's own id of this event, when the body has one. */
  eventId: string | null;
  eventType: string | null;
}

const str = (v: unknown, max = 200) =>
  typeof v === 'string' && v.length > 0 && v.length <= max ? v : null;

/** Reads the event id and type from a parsed body, by platform. */
export function describeEvent(
  platform: string,
  payload: Record<string, unknown>,
): EventDescription {
  switch (platform) {
    case 'square':
      return { eventId: str(payload.event_id), eventType: str(payload.type) };
    case 'thefork':
      return { eventId: null, eventType: str(payload.eventType) };
    case 'lightspeed':
      return { eventId: null, eventType: str(payload.notificationType) };
    default:
      return { eventId: null, eventType: str(payload.type) };
  }
}

/** The dedupe key: the platform's event id, else a hash of the exact body. */
export function eventKey(eventId: string | null, body: Buffer): string {
  return eventId ? `id:${eventId}` : `sha256:${createHash('sha256').update(body).digest('hex')}`;
}
