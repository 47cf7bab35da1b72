import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson, startForkHarness, type ForkHarness } from './test-helpers';
import { apiErrorSchema, gatewayErrorSchema, oauthErrorSchema, tokenResponseSchema } from './wire';

let h: ForkHarness;
beforeAll(async () => {
  h = await startForkHarness();
});
afterAll(async () => {
  expect(h.errors).toEqual([]);
  await h.close();
});

const form = (fields: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

function grant(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    audience: 'https://api.thefork.io',
    grant_type: 'client_credentials',
    client_id: h.sim.credentials.clientId,
    client_secret: h.sim.credentials.clientSecret,
    ...overrides,
  };
}

const restaurantPath = () =>
  `/v1/restaurants/${h.sim.credentials.restaurantUuid}/offers?locale=fr_FR`;

describe('TheFork OAuth token endpoint', () => {
  it('issues an 8600 s bearer token for form-encoded client credentials', async () => {
    const result = await fetchJson(h.sim.tokenUrl, form(grant()));
    expect(result.status).toBe(200);
    const token = tokenResponseSchema.parse(result.body);
    expect(token.expires_in).toBe(8600);
    expect(token.access_token.split('.')).toHaveLength(3);
    expect(result.headers.get('cache-control')).toBe('no-store');
    const payload = JSON.parse(
      Buffer.from(token.access_token.split('.')[1] ?? '', 'base64url').toString(),
    ) as {
      exp: number;
      iat: number;
      aud: string;
    };
    expect(payload.exp - payload.iat).toBe(8600);
    expect(payload.aud).toBe('https://api.thefork.io');
  });

  it('accepts a JSON body and HTTP Basic client authentication too', async () => {
    const json = await fetchJson(h.sim.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(grant()),
    });
    expect(json.status).toBe(200);
    const { clientId, clientSecret } = h.sim.credentials;
    const basic = await fetchJson(h.sim.tokenUrl, {
      ...form({ audience: 'https://api.thefork.io', grant_type: 'client_credentials' }),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      },
    });
    expect(basic.status).toBe(200);
  });

  it.each([
    ['wrong secret', { client_secret: 'nope' }, 401, 'access_denied'],
    ['unknown client', { client_id: "x' OR 1=1 --" }, 401, 'access_denied'],
    ['missing grant type', { grant_type: '' }, 400, 'invalid_request'],
    ['password grant', { grant_type: 'password' }, 403, 'unauthorized_client'],
    ['missing audience', { audience: '' }, 403, 'access_denied'],
    ['foreign audience', { audience: 'https://example.test' }, 403, 'access_denied'],
  ])('refuses a %s with the Auth0 error shape', async (_name, overrides, status, error) => {
    const result = await fetchJson(h.sim.tokenUrl, form(grant(overrides)));
    expect(result.status).toBe(status);
    expect(oauthErrorSchema.parse(result.body).error).toBe(error);
  });

  it('answers malformed JSON and foreign content types clearly', async () => {
    const broken = await fetchJson(h.sim.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"grant_type": ',
    });
    expect(broken.status).toBe(400);
    expect(oauthErrorSchema.parse(broken.body).error).toBe('invalid_request');
    const xml = await fetchJson(h.sim.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/xml' },
      body: '<grant/>',
    });
    expect(xml.status).toBe(400);
  });
});

describe('TheFork API authentication', () => {
  it('lets the gateway refuse a call without credentials ({"message"})', async () => {
    const result = await fetchJson(`${h.sim.apiBaseUrl}${restaurantPath()}`);
    expect(result.status).toBe(401);
    expect(gatewayErrorSchema.parse(result.body)).toEqual({ message: 'Unauthorized' });
  });

  it('answers an unknown token with the API 401 envelope (code "")', async () => {
    const result = await fetchJson(`${h.sim.apiBaseUrl}${restaurantPath()}`, {
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(result.status).toBe(401);
    expect(apiErrorSchema.parse(result.body)).toEqual({
      data: { code: '' },
      error: 'Unauthorized',
      statusCode: 401,
    });
  });

  it('accepts a token until 8600 s have passed, then answers 401', async () => {
    const token = tokenResponseSchema.parse(
      (await fetchJson(h.sim.tokenUrl, form(grant()))).body,
    ).access_token;
    const call = () =>
      fetchJson(`${h.sim.apiBaseUrl}${restaurantPath()}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await call()).status).toBe(200);
    await h.scenario.advanceClock(8_590_000);
    expect((await call()).status).toBe(200);
    await h.scenario.advanceClock(10_000);
    const expired = await call();
    expect(expired.status).toBe(401);
    expect(apiErrorSchema.parse(expired.body).data.code).toBe('');
  });

  it('invalidates every current token on the expire-tokens fault; a new one works', async () => {
    const token = tokenResponseSchema.parse(
      (await fetchJson(h.sim.tokenUrl, form(grant()))).body,
    ).access_token;
    const view = await h.scenario.injectFault({ kind: 'expire-tokens' });
    expect(view.expiredTokens).toBeGreaterThanOrEqual(1);
    const refused = await fetchJson(`${h.sim.apiBaseUrl}${restaurantPath()}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status).toBe(401);
    const fresh = tokenResponseSchema.parse(
      (await fetchJson(h.sim.tokenUrl, form(grant()))).body,
    ).access_token;
    const accepted = await fetchJson(`${h.sim.apiBaseUrl}${restaurantPath()}`, {
      headers: { authorization: `Bearer ${fresh}` },
    });
    expect(accepted.status).toBe(200);
  });
});
