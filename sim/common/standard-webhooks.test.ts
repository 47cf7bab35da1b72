import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { secretFromBytes, signStandardWebhook, verifyStandardWebhook } from './standard-webhooks';

const secret = secretFromBytes(Uint8Array.from({ length: 32 }, (_, i) => i));

describe('Standard Webhooks signatures', () => {
  it('signs id.timestamp.body with the base64-decoded key (v1, HMAC-SHA256)', () => {
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update('msg_1.1700000000.{"a":1}').digest('base64');
    expect(signStandardWebhook(secret, 'msg_1', 1_700_000_000, '{"a":1}')).toBe(`v1,${expected}`);
  });

  it('verifies, accepting any of several signatures, and rejects tampering and stale timestamps', () => {
    const signature = signStandardWebhook(secret, 'msg_2', 1_700_000_000, 'body');
    const headers = { id: 'msg_2', timestamp: '1700000000', signature: `v1,AAAA ${signature}` };
    expect(verifyStandardWebhook(secret, headers, 'body', 1_700_000_100)).toEqual({ ok: true });
    expect(verifyStandardWebhook(secret, headers, 'body!', 1_700_000_100).ok).toBe(false);
    expect(
      verifyStandardWebhook(secret, { ...headers, id: 'msg_3' }, 'body', 1_700_000_100).ok,
    ).toBe(false);
    expect(verifyStandardWebhook(secret, headers, 'body', 1_700_000_400).ok).toBe(false);
    expect(
      verifyStandardWebhook(secret, { ...headers, signature: undefined }, 'body', 1_700_000_000).ok,
    ).toBe(false);
  });

  it('refuses malformed secrets', () => {
    expect(() => signStandardWebhook('secret', 'id', 1, 'b')).toThrow('whsec_');
    expect(() => signStandardWebhook('whsec_AAAA', 'id', 1, 'b')).toThrow('24 to 64');
  });
});
