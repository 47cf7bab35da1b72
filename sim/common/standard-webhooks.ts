import { createHmac, timingSafeEqual } from 'node:crypto';

/** Standard Webhooks v1 (symmetric): `whsec_<base64 key>`, HMAC-SHA256 over `id.timestamp.body`. */
export const SECRET_PREFIX = 'whsec_';

export function secretFromBytes(bytes: Uint8Array): string {
  return SECRET_PREFIX + Buffer.from(bytes).toString('base64');
}

function keyOf(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX))
    throw new Error('A Standard Webhooks secret starts with whsec_');
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  if (key.length < 24 || key.length > 64)
    throw new Error('A whsec_ key must decode to 24 to 64 bytes');
  return key;
}

/** The `webhook-signature` header value: `v1,<base64 HMAC>`. */
export function signStandardWebhook(
  secret: string,
  id: string,
  timestampSeconds: number,
  body: string,
): string {
  const mac = createHmac('sha256', keyOf(secret))
    .update(`${id}.${timestampSeconds}.${body}`)
    .digest('base64');
  return `v1,${mac}`;
}

export type VerifyResult = { ok: true } | { ok: false; reason: string };

/** Checks headers the way a receiver must: known id, fresh timestamp, one matching v1 signature. */
export function verifyStandardWebhook(
  secret: string,
  headers: { id?: string; timestamp?: string; signature?: string },
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): VerifyResult {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) return { ok: false, reason: 'missing webhook-* header' };
  if (!/^\d+$/.test(timestamp))
    return { ok: false, reason: 'webhook-timestamp is not unix seconds' };
  const ts = Number(timestamp);
  if (Math.abs(nowSeconds - ts) > toleranceSeconds)
    return { ok: false, reason: 'timestamp outside tolerance' };
  const expected = Buffer.from(signStandardWebhook(secret, id, ts, body).slice(3), 'base64');
  for (const candidate of signature.split(' ')) {
    const [version, value] = candidate.split(',', 2);
    if (version !== 'v1' || value === undefined) continue;
    const given = Buffer.from(value, 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { ok: true };
  }
  return { ok: false, reason: 'no matching v1 signature' };
}
