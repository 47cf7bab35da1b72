import ky, { isTimeoutError } from 'ky';
import { z } from 'zod';
import type { Logger } from '../../ports';
import {
  AuthenticationError,
  NetworkError,
  ServerError,
  UnexpectedResponseError,
  type PlatformErrorContext,
} from './platform-errors';
import { readCappedText } from './response-body';
import { backoffDelay } from './retry-after';
import type { SecretScrubber } from './secret-scrubber';
import type { SyncTime } from './sync-time';

export interface OAuthClientCredentials {
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly audience: string;
}

export interface OAuthTokenManagerOptions {
  readonly credentials: OAuthClientCredentials;
  readonly platform: string;
  readonly platformName: string;
  readonly time: SyncTime;
  readonly logger: Logger;
  readonly scrubber: SecretScrubber;
  /** Refresh this long before the announced expiry (default 2 min). */
  readonly refreshMarginMs?: number;
  /** Lifetime assumed when the answer has no `expires_in` (TheFork documents 8600 s). */
  readonly defaultLifetimeSeconds?: number;
  readonly timeoutMs?: number;
  /** Attempts for network errors and 5xx of the token endpoint (default 3). */
  readonly maxAttempts?: number;
  readonly fetch?: typeof fetch;
}

/** Auth0's answer; `token_type` is Bearer in practice, and nothing else is needed. */
const tokenAnswer = z.object({
  access_token: z.string().min(8).max(8192),
  expires_in: z
    .number()
    .positive()
    .max(10 * 365 * 86_400)
    .optional(),
  token_type: z.string().max(32).optional(),
});
const oauthError = z.object({
  error: z.string().max(200).optional(),
  error_description: z.string().max(500).optional(),
});

interface CachedToken {
  readonly value: string;
  readonly refreshAt: number;
}

/**
 * OAuth2 client-credentials tokens: one token reused until shortly before it expires, one request
 * in flight however many callers want a token at once, and `invalidate(token)` after a 401 so the
 * next caller gets a fresh one (a stale invalidation, for a token already replaced, is ignored).
 */
export class OAuthTokenManager {
  private cached: CachedToken | null = null;
  private inflight: Promise<string> | null = null;
  private requests = 0;

  constructor(private readonly options: OAuthTokenManagerOptions) {
    options.scrubber.add(options.credentials.clientSecret);
  }

  /** Token requests sent so far (for status displays and tests). */
  tokenRequests(): number {
    return this.requests;
  }

  async getToken(): Promise<string> {
    const now = this.options.time.now();
    if (this.cached !== null && now < this.cached.refreshAt) return this.cached.value;
    this.inflight ??= this.fetchToken().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  invalidate(token: string): void {
    if (this.cached?.value === token) this.cached = null;
  }

  private context(status?: number, cause?: unknown): PlatformErrorContext {
    return {
      platform: this.options.platform,
      platformName: this.options.platformName,
      operation: 'POST token',
      ...(status === undefined ? {} : { status }),
      ...(cause === undefined ? {} : { cause }),
    };
  }

  private async fetchToken(): Promise<string> {
    const { time, credentials, logger } = this.options;
    const maxAttempts = this.options.maxAttempts ?? 3;
    for (let attempt = 1; ; attempt++) {
      try {
        const token = await this.requestOnce();
        return token;
      } catch (error) {
        const transient = error instanceof NetworkError || error instanceof ServerError;
        if (!transient || attempt >= maxAttempts) throw error;
        const wait = backoffDelay(attempt - 1, { baseMs: 200, capMs: 2000 }, () => time.random());
        logger.warn('token request failed, retrying', {
          platform: this.options.platform,
          attempt,
          waitMs: wait,
          error: error.message,
          tokenUrl: credentials.tokenUrl,
        });
        await time.sleep(wait);
      }
    }
  }

  private async requestOnce(): Promise<string> {
    const { time, credentials, scrubber, logger } = this.options;
    const timeoutMs = this.options.timeoutMs ?? 10_000;
    const started = time.now();
    this.requests += 1;
    let response: Response;
    try {
      response = await ky.post(credentials.tokenUrl, {
        body: new URLSearchParams({
          audience: credentials.audience,
          grant_type: 'client_credentials',
          client_id: credentials.clientId,
          client_secret: credentials.clientSecret,
        }),
        headers: { accept: 'application/json' },
        timeout: timeoutMs,
        retry: 0,
        throwHttpErrors: false,
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
      });
    } catch (error) {
      const timeout = isTimeoutError(error);
      throw new NetworkError(
        this.context(undefined, scrubber.scrubValue(error)),
        timeout ? 'timeout' : 'connection',
        false,
        timeoutMs,
      );
    }
    const text = await readCappedText(response, 64 * 1024, timeoutMs).catch(() => null);
    const status = response.status;
    logger.debug('token request answered', {
      platform: this.options.platform,
      status,
      durationMs: time.now() - started,
    });
    if (status >= 500) throw new ServerError({ ...this.context(status), status }, false);
    const json = parseJson(text);
    if (status === 400 || status === 401 || status === 403) {
      const parsed = oauthError.safeParse(json);
      const code = parsed.success ? parsed.data.error : undefined;
      const description = parsed.success ? parsed.data.error_description : undefined;
      const reason = scrubber.scrub(
        [code, description].filter((part) => part !== undefined).join(': ') ||
          `the sign-in server answered HTTP ${status}`,
      );
      throw new AuthenticationError(this.context(status), `sign-in refused (${reason})`);
    }
    if (status !== 200) {
      throw new UnexpectedResponseError(
        this.context(status),
        `the sign-in server answered HTTP ${status}`,
      );
    }
    const parsed = tokenAnswer.safeParse(json);
    if (!parsed.success) {
      throw new UnexpectedResponseError(
        this.context(status),
        'the sign-in answer has no usable access_token',
      );
    }
    const { access_token: value } = parsed.data;
    scrubber.add(value);
    const lifetimeMs =
      (parsed.data.expires_in ?? this.options.defaultLifetimeSeconds ?? 8600) * 1000;
    const margin = Math.min(this.options.refreshMarginMs ?? 120_000, lifetimeMs / 2);
    this.cached = { value, refreshAt: started + lifetimeMs - margin };
    return value;
  }
}

function parseJson(text: string | null): unknown {
  if (text === null || text.length === 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
