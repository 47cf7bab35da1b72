import ky, { isTimeoutError } from 'ky';
import type { z } from 'zod';
import type { Logger } from '../../ports';
import type { CircuitBreaker } from './circuit-breaker';
import type { HttpPolicy } from './http-policy';
import {
  AuthenticationError,
  CircuitOpenError,
  NetworkError,
  RateLimitedError,
  ServerError,
  UnexpectedResponseError,
  type PlatformError,
  type PlatformErrorContext,
} from './platform-errors';
import { BodyReadError, readCappedText } from './response-body';
import { describeIssues } from './describe-issues';
import { backoffDelay, parseRetryAfter } from './retry-after';
import type { SecretScrubber } from './secret-scrubber';
import type { SyncTime } from './sync-time';
import type { TokenBucket } from './token-bucket';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** How a platform proves who we are on each call. */
export interface RequestAuth {
  headers(): Promise<Record<string, string>>;
  /** After a 401: get new credentials; true means "retry once with them". */
  refreshAfterUnauthorized?(used: Record<string, string>): Promise<boolean>;
}

/** A non-2xx answer other than 429/5xx, for the platform's own error mapping. */
export interface HttpFailure {
  readonly status: number;
  /** Scrubbed and cut to 2000 characters. */
  readonly text: string;
  /** The body parsed as JSON, when it is JSON. */
  readonly json: unknown;
  readonly contentType: string;
}

export type ErrorClassifier = (
  failure: HttpFailure,
  context: PlatformErrorContext,
) => PlatformError;

export interface RequestSpec {
  readonly method: HttpMethod;
  /** Path below the base URL, segments already encoded. */
  readonly path: string;
  /** Stable, id-free name for logs and errors: `GET /v1/reservations/{id}`. */
  readonly operation: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly json?: unknown;
  /** Safe to send twice? Default: true for GET only. Only idempotent calls are retried on 5xx. */
  readonly idempotent?: boolean;
}

export interface PlatformHttpOptions {
  readonly platform: string;
  readonly platformName: string;
  readonly baseUrl: string;
  readonly auth: RequestAuth;
  readonly classifyError: ErrorClassifier;
  readonly policy: HttpPolicy;
  readonly bucket: TokenBucket;
  readonly breaker: CircuitBreaker;
  readonly time: SyncTime;
  /** Already scrubbing (see scrubbingLogger). */
  readonly logger: Logger;
  readonly scrubber: SecretScrubber;
  readonly fetch?: typeof fetch;
}

type Attempt =
  | { kind: 'answer'; status: number; headers: Headers; text: string }
  | { kind: 'too_large'; status: number; reason: string }
  | { kind: 'no_answer'; timeout: boolean; cause: unknown };

/**
 * One platform's HTTP client: ky for each attempt (timeout, JSON), and around it the policy that
 * needs shared state across calls: the token bucket, the circuit breaker, retries with jitter for
 * idempotent calls, one credential refresh on 401, Retry-After on 429, typed errors, and zod
 * validation of every answer.
 */
export class PlatformHttp {
  constructor(private readonly options: PlatformHttpOptions) {}

  get platform(): string {
    return this.options.platform;
  }

  /** Sends the call and validates the JSON answer with `schema`. */
  async json<S extends z.ZodType>(spec: RequestSpec, schema: S): Promise<z.output<S>> {
    return (await this.jsonWithRaw(spec, schema)).data;
  }

  /** Like json(), also returning the answer as parsed, before validation (unknown fields kept). */
  async jsonWithRaw<S extends z.ZodType>(
    spec: RequestSpec,
    schema: S,
  ): Promise<{ data: z.output<S>; raw: unknown }> {
    const answer = await this.execute(spec);
    let value: unknown;
    try {
      value = JSON.parse(answer.text) as unknown;
    } catch {
      throw new UnexpectedResponseError(
        this.context(spec, answer.status),
        `${spec.operation} answered something that is not JSON`,
      );
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new UnexpectedResponseError(
        this.context(spec, answer.status),
        `${spec.operation}: ${describeIssues(parsed.error.issues)}`,
      );
    }
    return { data: parsed.data, raw: value };
  }

  /** Sends the call; the answer's body is read and ignored. */
  async send(spec: RequestSpec): Promise<void> {
    await this.execute(spec);
  }

  private context(spec: RequestSpec, status?: number, cause?: unknown): PlatformErrorContext {
    return {
      platform: this.options.platform,
      platformName: this.options.platformName,
      operation: spec.operation,
      ...(status === undefined ? {} : { status }),
      ...(cause === undefined ? {} : { cause }),
    };
  }

  private async execute(spec: RequestSpec): Promise<{ status: number; text: string }> {
    const { policy, bucket, breaker, time, logger } = this.options;
    const idempotent = spec.idempotent ?? spec.method === 'GET';
    let failedAttempts = 0;
    let rateLimitRetries = 0;
    let refreshed = false;
    for (;;) {
      const slot = await bucket.take(policy.maxRateLimitWaitMs);
      if (!slot.ok) throw new RateLimitedError(this.context(spec), slot.retryAfterMs);
      const admission = breaker.admit();
      if (!admission.ok) throw new CircuitOpenError(this.context(spec), admission.retryAfterMs);
      const { probe } = admission;
      const headers = await this.authHeaders(probe);
      const started = time.now();
      const attempt = await this.attemptOnce(spec, headers);
      const durationMs = time.now() - started;

      if (attempt.kind === 'no_answer' || (attempt.kind === 'answer' && attempt.status >= 500)) {
        breaker.failure(probe);
        failedAttempts += 1;
        const error =
          attempt.kind === 'no_answer'
            ? new NetworkError(
                this.context(spec, undefined, this.options.scrubber.scrubValue(attempt.cause)),
                attempt.timeout ? 'timeout' : 'connection',
                !idempotent,
                policy.timeoutMs,
              )
            : new ServerError(
                { ...this.context(spec, attempt.status), status: attempt.status },
                !idempotent,
              );
        const retry = idempotent && failedAttempts < policy.maxAttempts;
        logger.warn(`${spec.operation} failed`, {
          platform: this.options.platform,
          status: attempt.kind === 'answer' ? attempt.status : undefined,
          error: error.code,
          attempt: failedAttempts,
          durationMs,
          willRetry: retry,
        });
        if (!retry) throw error;
        await time.sleep(backoffDelay(failedAttempts - 1, policy.backoff, () => time.random()));
        continue;
      }
      // The platform answered: it is up, whatever it said.
      breaker.success(probe);
      logger.debug(`${spec.operation} answered`, {
        platform: this.options.platform,
        status: attempt.status,
        durationMs,
      });
      if (attempt.kind === 'too_large') {
        throw new UnexpectedResponseError(this.context(spec, attempt.status), attempt.reason);
      }
      const { status } = attempt;
      if (status >= 200 && status < 300) return { status, text: attempt.text };
      if (status === 429) {
        const waitMs = parseRetryAfter(attempt.headers, time.now()) ?? policy.defaultRetryAfterMs;
        bucket.pauseFor(waitMs);
        const retry =
          rateLimitRetries < policy.maxRateLimitRetries && waitMs <= policy.maxRateLimitWaitMs;
        logger.warn(`${spec.operation} rate limited`, {
          platform: this.options.platform,
          retryAfterMs: waitMs,
          willRetry: retry,
        });
        if (!retry) throw new RateLimitedError(this.context(spec, status), waitMs);
        rateLimitRetries += 1;
        continue;
      }
      if (status === 401 && !refreshed && this.options.auth.refreshAfterUnauthorized) {
        refreshed = true;
        if (await this.options.auth.refreshAfterUnauthorized(headers)) {
          logger.info(`${spec.operation}: credentials refreshed after 401`, {
            platform: this.options.platform,
          });
          continue;
        }
      }
      const failure = this.failureOf(status, attempt.headers, attempt.text);
      const error = this.options.classifyError(failure, this.context(spec, status));
      if (status === 401 && !(error instanceof AuthenticationError)) {
        throw new AuthenticationError(this.context(spec, status), 'it answered 401 Unauthorized');
      }
      throw error;
    }
  }

  private async authHeaders(probe: boolean): Promise<Record<string, string>> {
    try {
      return await this.options.auth.headers();
    } catch (error) {
      // No call was made: release the probe slot without judging the platform's API.
      if (probe) this.options.breaker.success(true);
      throw error;
    }
  }

  private failureOf(status: number, headers: Headers, text: string): HttpFailure {
    const clean = this.options.scrubber.scrub(text.slice(0, 2000));
    const contentType = headers.get('content-type') ?? '';
    let json: unknown;
    if (/json/i.test(contentType) || /^\s*[[{]/.test(clean)) {
      try {
        json = JSON.parse(text) as unknown;
        json = this.options.scrubber.scrubValue(json);
      } catch {
        json = undefined;
      }
    }
    return { status, text: clean, json, contentType };
  }

  private url(spec: RequestSpec): string {
    const base = this.options.baseUrl.replace(/\/+$/, '');
    const url = new URL(`${base}${spec.path}`);
    for (const [key, value] of Object.entries(spec.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  private async attemptOnce(spec: RequestSpec, headers: Record<string, string>): Promise<Attempt> {
    const { policy } = this.options;
    let response: Response;
    try {
      response = await ky(this.url(spec), {
        method: spec.method,
        headers: { accept: 'application/json', ...headers },
        ...(spec.json === undefined ? {} : { json: spec.json }),
        timeout: policy.timeoutMs,
        retry: 0,
        throwHttpErrors: false,
        ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
      });
    } catch (error) {
      return { kind: 'no_answer', timeout: isTimeoutError(error), cause: error };
    }
    try {
      const text = await readCappedText(response, policy.maxResponseBytes, policy.timeoutMs);
      return { kind: 'answer', status: response.status, headers: response.headers, text };
    } catch (error) {
      if (error instanceof BodyReadError && error.kind === 'too_large') {
        return { kind: 'too_large', status: response.status, reason: error.message };
      }
      return {
        kind: 'no_answer',
        timeout: error instanceof BodyReadError && error.kind === 'timeout',
        cause: error,
      };
    }
  }
}
