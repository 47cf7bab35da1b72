import { safeEqual } from './constant-time';
import { accept, reject, type IncomingHook, type Verdict } from './verdict';

/**
 * Lightspeed sends the credentials configured on its side: `Basic base64(user:password)` (order
 * webhooks) or `Bearer <token>` (Reservations for Platforms). No signature over the body.
 */
export function verifyLightspeed(
  hook: IncomingHook,
  credentials: readonly { scheme: 'basic' | 'bearer'; secret: string }[],
): Verdict {
  const header = hook.header('authorization');
  const match = /^(\w+)\s+(\S+)$/.exec(header ?? '');
  if (!match?.[1] || !match[2]) return reject('Missing or malformed Authorization header.');
  const scheme = match[1].toLowerCase();
  const presented =
    scheme === 'basic'
      ? Buffer.from(match[2], 'base64').toString('utf8')
      : scheme === 'bearer'
        ? match[2]
        : null;
  if (presented === null) return reject('Authorization must be Basic or Bearer.');
  let ok = false;
  for (const c of credentials) if (c.scheme === scheme) ok = safeEqual(presented, c.secret) || ok;
  return ok ? accept() : reject('The Authorization credentials do not match.');
}
