import type { PlatformErrorCode } from '../../../shared/domain/platform-error-codes';
import type { StoredError } from '../../../shared/domain/primitives';

/**
 * Typed failures of platform calls. Each message is one or two sentences a host or manager can act
 * on (what happened, what to do); `code` and `retryable` are for the sync engine. Messages never
 * carry credentials: the HTTP layer scrubs every platform text before it gets here.
 */
export type { PlatformErrorCode };

export interface PlatformErrorContext {
  /** Platform slug (`thefork`). */
  readonly platform: string;
  /** Name shown to people (`TheFork`). */
  readonly platformName: string;
  /** What we were doing, e.g. `GET /v1/reservations/{id}` or `create reservation`. */
  readonly operation?: string;
  readonly status?: number;
  readonly cause?: unknown;
}

const seconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

export abstract class PlatformError extends Error {
  abstract readonly code: PlatformErrorCode;
  /** True when the same call may succeed later without anyone changing anything. */
  abstract readonly retryable: boolean;
  readonly platform: string;
  readonly platformName: string;
  readonly operation: string | undefined;
  readonly status: number | undefined;

  constructor(context: PlatformErrorContext, message: string) {
    super(message, context.cause === undefined ? undefined : { cause: context.cause });
    this.platform = context.platform;
    this.platformName = context.platformName;
    this.operation = context.operation;
    this.status = context.status;
  }

  toStoredError(at: number): StoredError {
    return { code: this.code, message: this.message.slice(0, 2000), at };
  }
}

export class AuthenticationError extends PlatformError {
  readonly code = 'authentication';
  readonly retryable = false;
  override readonly name = 'AuthenticationError';
  constructor(context: PlatformErrorContext, reason: string) {
    const p = context.platformName;
    super(
      context,
      `${p} refused the connection: ${reason}. Check the credentials in Settings › Platforms › ${p}; if they are right, ask ${p} whether API access is still enabled for this restaurant.`,
    );
  }
}

export class RateLimitedError extends PlatformError {
  readonly code = 'rate_limited';
  readonly retryable = true;
  override readonly name = 'RateLimitedError';
  constructor(
    context: PlatformErrorContext,
    readonly retryAfterMs: number,
  ) {
    super(
      context,
      `${context.platformName} asks us to slow down (too many requests). Calls resume in ${seconds(retryAfterMs)} s on their own; nothing to do unless it keeps happening.`,
    );
  }
}

export class SlotUnavailableError extends PlatformError {
  readonly code = 'slot_unavailable';
  readonly retryable = false;
  override readonly name = 'SlotUnavailableError';
  constructor(context: PlatformErrorContext, reason: string) {
    const p = context.platformName;
    super(
      context,
      `${p} has no room for this booking: ${reason}. Pick another time or party size, or arrange it in ${p}'s own back office.`,
    );
  }
}

export class ValidationError extends PlatformError {
  readonly code = 'validation';
  readonly retryable = false;
  override readonly name = 'ValidationError';
  constructor(
    context: PlatformErrorContext,
    reason: string,
    readonly issues: readonly string[] = [],
  ) {
    super(
      context,
      `${context.platformName} cannot take this data: ${reason}. Correct the reservation on the desk and save it again.`,
    );
  }
}

export class NotFoundError extends PlatformError {
  readonly code = 'not_found';
  readonly retryable = false;
  override readonly name = 'NotFoundError';
  constructor(context: PlatformErrorContext, what: string) {
    const p = context.platformName;
    super(
      context,
      `${p} does not know ${what}. It may have been deleted there, or the restaurant id in Settings › Platforms › ${p} is wrong.`,
    );
  }
}

const unknownOutcome = (platformName: string): string =>
  ` The change may or may not have reached ${platformName}: look there before making it again by hand.`;

export class NetworkError extends PlatformError {
  readonly code = 'network';
  readonly retryable = true;
  override readonly name = 'NetworkError';
  constructor(
    context: PlatformErrorContext,
    readonly kind: 'timeout' | 'connection',
    /** True for a write that may have been applied although no answer came back. */
    readonly outcomeUnknown: boolean,
    timeoutMs?: number,
  ) {
    const p = context.platformName;
    const what =
      kind === 'timeout' && timeoutMs !== undefined
        ? `no answer within ${seconds(timeoutMs)} s`
        : 'the connection failed';
    super(
      context,
      `Could not reach ${p} (${what}). Check this computer's internet connection; the sync retries on its own.${outcomeUnknown ? unknownOutcome(p) : ''}`,
    );
  }
}

export class ServerError extends PlatformError {
  readonly code = 'server';
  readonly retryable = true;
  override readonly name = 'ServerError';
  constructor(
    context: PlatformErrorContext & { readonly status: number },
    readonly outcomeUnknown: boolean,
  ) {
    const p = context.platformName;
    super(
      context,
      `${p} had a problem on its side (HTTP ${context.status}). The sync retries on its own; if it lasts, check ${p}'s service status.${outcomeUnknown ? unknownOutcome(p) : ''}`,
    );
  }
}

export class UnexpectedResponseError extends PlatformError {
  readonly code = 'unexpected_response';
  readonly retryable = true;
  override readonly name = 'UnexpectedResponseError';
  constructor(context: PlatformErrorContext, reason: string) {
    const p = context.platformName;
    super(
      context,
      `${p} sent an answer Couvert does not understand (${reason}). The sync retries later; if it keeps happening, ${p} may have changed its API: report it to Couvert support.`,
    );
  }
}

export class CircuitOpenError extends PlatformError {
  readonly code = 'circuit_open';
  readonly retryable = true;
  override readonly name = 'CircuitOpenError';
  constructor(
    context: PlatformErrorContext,
    readonly retryAfterMs: number,
  ) {
    super(
      context,
      `Calls to ${context.platformName} are paused for ${seconds(retryAfterMs)} s after repeated failures. The sync tries again on its own.`,
    );
  }
}

export class UnsupportedOperationError extends PlatformError {
  readonly code = 'unsupported';
  readonly retryable = false;
  override readonly name = 'UnsupportedOperationError';
  constructor(context: PlatformErrorContext, what: string) {
    const p = context.platformName;
    super(context, `${p} does not offer ${what} through its API; do it in ${p}'s own back office.`);
  }
}

export function isPlatformError(error: unknown): error is PlatformError {
  return error instanceof PlatformError;
}
