import { createHmac } from 'node:crypto';
import type { Rng } from '../common/random';
import { THEFORK_AUDIENCE, TOKEN_LIFETIME_SECONDS } from './config';

interface IssuedToken {
  readonly clientId: string;
  expiresAt: number;
}

export type TokenCheck =
  { ok: true; clientId: string } | { ok: false; reason: 'invalid' | 'expired' };

const b64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

/**
 * Access tokens of the simulated Auth0 tenant: JWT-shaped (so clients that peek at `exp` work)
 * but checked against this store, so the scenario API can expire them at will.
 */
export class TokenStore {
  private tokens = new Map<string, IssuedToken>();
  private issuedCount = 0;

  constructor(
    private readonly rng: Rng,
    private readonly signingKey: string,
  ) {}

  issue(clientId: string, nowMs: number): { accessToken: string; expiresIn: number } {
    const iat = Math.floor(nowMs / 1000);
    const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'sim' }));
    const payload = b64url(
      JSON.stringify({
        iss: 'https://auth.thefork.io/',
        sub: `${clientId}@clients`,
        aud: THEFORK_AUDIENCE,
        iat,
        exp: iat + TOKEN_LIFETIME_SECONDS,
        gty: 'client-credentials',
        azp: clientId,
        jti: this.rng.hex(16),
      }),
    );
    const signature = b64url(
      createHmac('sha256', this.signingKey).update(`${header}.${payload}`).digest(),
    );
    const accessToken = `${header}.${payload}.${signature}`;
    this.tokens.set(accessToken, { clientId, expiresAt: nowMs + TOKEN_LIFETIME_SECONDS * 1000 });
    this.issuedCount += 1;
    return { accessToken, expiresIn: TOKEN_LIFETIME_SECONDS };
  }

  check(token: string, nowMs: number): TokenCheck {
    const found = this.tokens.get(token);
    if (!found) return { ok: false, reason: 'invalid' };
    if (nowMs >= found.expiresAt) return { ok: false, reason: 'expired' };
    return { ok: true, clientId: found.clientId };
  }

  /** Makes every issued token expired as of `nowMs`; returns how many were still valid. */
  expireAll(nowMs: number): number {
    let count = 0;
    for (const token of this.tokens.values()) {
      if (token.expiresAt > nowMs) count += 1;
      token.expiresAt = Math.min(token.expiresAt, nowMs);
    }
    return count;
  }

  stats(nowMs: number): { issued: number; valid: number } {
    let valid = 0;
    for (const token of this.tokens.values()) if (token.expiresAt > nowMs) valid += 1;
    return { issued: this.issuedCount, valid };
  }

  clear(): void {
    this.tokens.clear();
    this.issuedCount = 0;
  }
}
