import { createHmac } from 'node:crypto';
import { safeEqual } from './constant-time';
import { hmacKey } from './hmac-keys';
import { accept, reject, type IncomingHook, type Verdict } from './verdict';

export function signSquare(signatureKey: string, notificationUrl: string, body: Buffer | string) {
  return createHmac(
    'sha256',
    hmacKey(`square:${signatureKey}`, () => Buffer.from(signatureKey, 'utf8')),
  )
    .update(Buffer.concat([Buffer.from(notificationUrl, 'utf8'), Buffer.from(body)]))
    .digest('base64');
}

/** Square: base64 HMAC-SHA256 keyed with the subscription's signature key over URL + raw body. */
export function verifySquare(
  hook: IncomingHook,
  keys: readonly { secret: string; notificationUrl: string | null }[],
): Verdict {
  const signature = hook.header('x-square-hmacsha256-signature');
  if (!signature) return reject('Missing x-square-hmacsha256-signature header.');
  for (const key of keys) {
    if (!key.notificationUrl) continue;
    if (safeEqual(signSquare(key.secret, key.notificationUrl, hook.body), signature))
      return accept();
  }
  return reject('The x-square-hmacsha256-signature does not match.');
}
