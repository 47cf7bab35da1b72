import { createHmac, timingSafeEqual } from 'node:crypto';
import { hmacKey } from './hmac-keys';
import type { KeyObject } from 'node:crypto';
import { accept, reject, type IncomingHook, type Verdict } from './verdict';

export const STANDARD_WEBHOOKS_TOLERANCE_SECONDS = 5 * 60;

/** The HMAC key of a `whsec_<base64>` secret; null when it is not one. */
export function decodeWhsec(secret: string): Buffer | null {
  if (!secret.startsWith('whsec_')) return null;
  const b64 = secret.slice('whsec_'.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return null;
  const key = Buffer.from(b64, 'base64');
  return key.length >= 24 && key.length <= 64 ? key : null;
}

/** The secret's HMAC key, decoded once. */
function whsecKey(secret: string): KeyObject | null {
  if (!secret.startsWith('whsec_')) return null;
  try {
    return hmacKey(`whsec:${secret}`, () => {
      const raw = decodeWhsec(secret);
      if (!raw) throw new Error('not a whsec secret');
      return raw;
    });
  } catch {
    return null;
  }
}

export function signStandardWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: Buffer | string,
) {
  const key = decodeWhsec(secret);
  if (!key) throw new Error('A Standard Webhooks secret is whsec_ + base64 of 24 to 64 bytes.');
  const content = Buffer.concat([Buffer.from(`${id}.${timestamp}.`), Buffer.from(body)]);
  return `v1,${createHmac('sha256', key).update(content).digest('base64')}`;
}

/**
 * Standard Webhooks 1.0 symmetric verification on the raw body: `{id}.{timestamp}.{body}` signed
 * with HMAC-SHA256; the header may list several space-separated signatures (secret rotation).
 */
export function verifyStandardWebhook(
  hook: IncomingHook,
  secrets: readonly string[],
  toleranceSeconds = STANDARD_WEBHOOKS_TOLERANCE_SECONDS,
): Verdict {
  const id = hook.header('webhook-id');
  const ts = hook.header('webhook-timestamp');
  const signatures = hook.header('webhook-signature');
  if (!id || !ts || !signatures)
    return reject('Missing webhook-id, webhook-timestamp or webhook-signature header.');
  if (id.includes('.') || id.length > 256 || !/^[\x21-\x7e]+$/.test(id))
    return reject('The webhook-id header is malformed.');
  if (!/^\d{1,12}$/.test(ts)) return reject('The webhook-timestamp header is not Unix seconds.');
  if (Math.abs(hook.nowSeconds - Number(ts)) > toleranceSeconds)
    return reject(
      'The webhook-timestamp is outside the 5-minute tolerance (a replay, or a skewed clock).',
    );
  const prefix = `${id}.${ts}.`;
  const offered = signatures
    .split(' ')
    .map((entry) => entry.split(','))
    .filter((parts): parts is [string, string] => parts.length === 2 && parts[0] === 'v1')
    .map(([, b64]) => Buffer.from(b64, 'base64'));
  for (const secret of secrets) {
    const key = whsecKey(secret);
    if (!key) continue;
    const expected = createHmac('sha256', key).update(prefix).update(hook.body).digest();
    for (const candidate of offered) {
      if (candidate.length === expected.length && timingSafeEqual(candidate, expected))
        return accept(id);
    }
  }
  return reject('No webhook-signature matches this endpoint secret.');
}
