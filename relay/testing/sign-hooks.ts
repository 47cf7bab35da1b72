import { signSquare } from '../ingress/square';
import { signStandardWebhook } from '../ingress/standard-webhooks';

/** Headers a Standard Webhooks sender would send for `body` (tests, bench, simulators). */
export function standardWebhookHeaders(
  secret: string,
  body: string,
  options: { id: string; timestamp?: number; extraSignatures?: string[] },
): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = signStandardWebhook(secret, options.id, timestamp, body);
  return {
    'content-type': 'application/json',
    'webhook-id': options.id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': [...(options.extraSignatures ?? []), signature].join(' '),
  };
}

export function squareHeaders(signatureKey: string, notificationUrl: string, body: string) {
  return {
    'content-type': 'application/json',
    'x-square-hmacsha256-signature': signSquare(signatureKey, notificationUrl, body),
  };
}
