import { describe, expect, it } from 'vitest';
import { safeEqual } from './constant-time';
import { verifyLightspeed } from './lightspeed';
import { describeEvent, eventKey, webhookUrl } from './platforms';
import { signSquare, verifySquare } from './square';
import { decodeWhsec, signStandardWebhook, verifyStandardWebhook } from './standard-webhooks';
import { verifyTheFork } from './thefork';
import type { ConfiguredSecret, IncomingHook } from './verdict';
import { verifyHook } from './verify-hook';

const SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const OTHER = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
const NOW = 1_800_000_000;

function hook(
  headers: Record<string, string>,
  body: string | Buffer,
  query: Record<string, string> = {},
  nowSeconds = NOW,
): IncomingHook {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    header: (n) => lower[n],
    query: (n) => query[n],
    body: Buffer.from(body),
    nowSeconds,
  };
}

function standard(body: string, opts: { id?: string; ts?: number; secret?: string } = {}) {
  const id = opts.id ?? 'msg_1';
  const ts = opts.ts ?? NOW;
  return {
    'webhook-id': id,
    'webhook-timestamp': String(ts),
    'webhook-signature': signStandardWebhook(opts.secret ?? SECRET, id, ts, body),
  };
}

describe('Standard Webhooks', () => {
  const body = '{"type":"booking.created","data":{"id":"b1"}}';

  it('accepts a valid signature and returns webhook-id as the event id', () => {
    expect(verifyStandardWebhook(hook(standard(body), body), [SECRET])).toEqual({
      ok: true,
      eventId: 'msg_1',
    });
  });

  it('accepts when any of several signatures matches, and any of several secrets', () => {
    const h = standard(body);
    const headers = { ...h, 'webhook-signature': `v1,AAAA v1a,ZZZZ ${h['webhook-signature']}` };
    expect(verifyStandardWebhook(hook(headers, body), [OTHER, SECRET]).ok).toBe(true);
  });

  it('refuses a signature made with another secret, or over other bytes', () => {
    expect(verifyStandardWebhook(hook(standard(body, { secret: OTHER }), body), [SECRET])).toEqual({
      ok: false,
      reason: 'No webhook-signature matches this endpoint secret.',
    });
    const tampered = body.replace('b1', 'b2');
    expect(verifyStandardWebhook(hook(standard(body), tampered), [SECRET]).ok).toBe(false);
    // Same JSON, different bytes (whitespace): the signature covers bytes, not meaning.
    expect(verifyStandardWebhook(hook(standard(body), body.replace(':', ': ')), [SECRET]).ok).toBe(
      false,
    );
  });

  it('refuses timestamps more than 5 minutes away, in both directions', () => {
    for (const ts of [NOW - 301, NOW + 301]) {
      const verdict = verifyStandardWebhook(hook(standard(body, { ts }), body), [SECRET]);
      expect(verdict).toMatchObject({ ok: false });
      expect(!verdict.ok && verdict.reason).toMatch(/5-minute tolerance/);
    }
    expect(verifyStandardWebhook(hook(standard(body, { ts: NOW - 299 }), body), [SECRET]).ok).toBe(
      true,
    );
  });

  it('refuses missing or malformed headers', () => {
    const h = standard(body);
    const cases: Record<string, string>[] = [
      { ...h, 'webhook-id': '' },
      { 'webhook-id': 'x', 'webhook-timestamp': String(NOW) },
      { ...h, 'webhook-id': 'a.b' },
      { ...h, 'webhook-timestamp': '12abc' },
      { ...h, 'webhook-timestamp': '-5' },
      { ...h, 'webhook-signature': 'garbage' },
      { ...h, 'webhook-signature': h['webhook-signature'].replace('v1,', 'v2,') },
    ];
    for (const headers of cases)
      expect(verifyStandardWebhook(hook(headers, body), [SECRET]).ok).toBe(false);
  });

  it('decodes only whsec_ secrets of 24 to 64 bytes', () => {
    expect(decodeWhsec(SECRET)?.length).toBe(32);
    expect(decodeWhsec('whsec_' + Buffer.alloc(10).toString('base64'))).toBeNull();
    expect(decodeWhsec('whsec_not base64!')).toBeNull();
    expect(decodeWhsec(Buffer.alloc(32).toString('base64'))).toBeNull();
  });
});

describe('Square', () => {
  const url = 'https://relay.example.com/hooks/t_x/square';
  const body = '{"merchant_id":"M1","type":"booking.created","event_id":"e-1"}';
  const key = 'square-signature-key';

  it('accepts HMAC-SHA256 over notification URL + body', () => {
    const headers = { 'x-square-hmacsha256-signature': signSquare(key, url, body) };
    expect(verifySquare(hook(headers, body), [{ secret: key, notificationUrl: url }]).ok).toBe(
      true,
    );
  });

  it('refuses another URL, another key, another body, or no header', () => {
    const good = signSquare(key, url, body);
    const keys = [{ secret: key, notificationUrl: url }];
    expect(
      verifySquare(
        hook({ 'x-square-hmacsha256-signature': signSquare(key, `${url}x`, body) }, body),
        keys,
      ).ok,
    ).toBe(false);
    expect(
      verifySquare(
        hook({ 'x-square-hmacsha256-signature': signSquare('other', url, body) }, body),
        keys,
      ).ok,
    ).toBe(false);
    expect(verifySquare(hook({ 'x-square-hmacsha256-signature': good }, `${body} `), keys).ok).toBe(
      false,
    );
    expect(verifySquare(hook({}, body), keys)).toEqual({
      ok: false,
      reason: 'Missing x-square-hmacsha256-signature header.',
    });
  });
});

describe('TheFork and Lightspeed', () => {
  it('TheFork: the token query parameter must match', () => {
    expect(
      verifyTheFork(hook({}, '{}', { token: 'tok-1234567890abcdef' }), ['tok-1234567890abcdef']).ok,
    ).toBe(true);
    expect(
      verifyTheFork(hook({}, '{}', { token: 'tok-1234567890abcdeg' }), ['tok-1234567890abcdef']).ok,
    ).toBe(false);
    expect(verifyTheFork(hook({}, '{}'), ['tok-1234567890abcdef']).ok).toBe(false);
  });

  it('Lightspeed: Basic and Bearer credentials, each only for its own scheme', () => {
    const basic = `Basic ${Buffer.from('couvert:pw-123').toString('base64')}`;
    const creds = [
      { scheme: 'basic' as const, secret: 'couvert:pw-123' },
      { scheme: 'bearer' as const, secret: 'bearer-token-123456' },
    ];
    expect(verifyLightspeed(hook({ authorization: basic }, '{}'), creds).ok).toBe(true);
    expect(
      verifyLightspeed(hook({ authorization: 'Bearer bearer-token-123456' }, '{}'), creds).ok,
    ).toBe(true);
    expect(
      verifyLightspeed(hook({ authorization: 'bearer bearer-token-123456' }, '{}'), creds).ok,
    ).toBe(true);
    expect(verifyLightspeed(hook({ authorization: 'Bearer couvert:pw-123' }, '{}'), creds).ok).toBe(
      false,
    );
    expect(verifyLightspeed(hook({ authorization: 'Digest abc' }, '{}'), creds).ok).toBe(false);
    expect(verifyLightspeed(hook({}, '{}'), creds).ok).toBe(false);
  });
});

describe('verifyHook and event keys', () => {
  const secrets: ConfiguredSecret[] = [
    { id: 's1', scheme: 'standard-webhooks', secret: SECRET, notificationUrl: null },
    { id: 's2', scheme: 'bearer', secret: 'bearer-token-123456', notificationUrl: null },
  ];

  it('accepts a delivery matching any configured scheme, reports the first failure otherwise', () => {
    const body = '{"a":1}';
    expect(verifyHook(hook(standard(body), body), secrets).ok).toBe(true);
    expect(
      verifyHook(hook({ authorization: 'Bearer bearer-token-123456' }, body), secrets).ok,
    ).toBe(true);
    expect(verifyHook(hook({}, body), secrets)).toEqual({
      ok: false,
      reason: 'Missing webhook-id, webhook-timestamp or webhook-signature header.',
    });
    expect(verifyHook(hook({}, body), []).ok).toBe(false);
  });

  it('keys events by platform id when there is one, else by a hash of the exact bytes', () => {
    expect(eventKey('e-1', Buffer.from('{}'))).toBe('id:e-1');
    expect(eventKey(null, Buffer.from('{}'))).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(eventKey(null, Buffer.from('{}'))).not.toBe(eventKey(null, Buffer.from('{ }')));
    expect(describeEvent('square', { event_id: 'e-9', type: 'booking.updated' })).toEqual({
      eventId: 'e-9',
      eventType: 'booking.updated',
    });
    expect(describeEvent('thefork', { eventType: 'reservationCreated', uuid: 'u' })).toEqual({
      eventId: null,
      eventType: 'reservationCreated',
    });
    expect(describeEvent('square', { event_id: 42 })).toEqual({ eventId: null, eventType: null });
  });

  it('builds webhook URLs, with the token only for TheFork', () => {
    expect(webhookUrl('https://r.example/', 't_a', 'thefork', 'url-token', 'a b')).toBe(
      'https://r.example/hooks/t_a/thefork?token=a%20b',
    );
    expect(webhookUrl('https://r.example', 't_a', 'zenchef', 'standard-webhooks', 'whsec_x')).toBe(
      'https://r.example/hooks/t_a/zenchef',
    );
  });

  it('compares secrets of any length in constant time', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
  });
});
