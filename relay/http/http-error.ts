import type { ErrorBody } from '../../shared/relay/common';

/** A failure the client can act on: its status, a sentence saying why, optional details. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(reason);
    this.name = 'HttpError';
  }

  body(): ErrorBody {
    return this.details === undefined
      ? { status: 'error', reason: this.reason }
      : { status: 'error', reason: this.reason, details: this.details };
  }
}

export const errorBody = (reason: string, details?: unknown): ErrorBody =>
  details === undefined ? { status: 'error', reason } : { status: 'error', reason, details };
