import type { SimRequest, SimResponse } from './http-types';

export interface PlatformRouteContext {
  readonly req: SimRequest;
  readonly params: Readonly<Record<string, string>>;
}

export interface PlatformRoute {
  readonly method: string;
  readonly pattern: string;
  /** False for endpoints that need no credentials (e.g. the OAuth token endpoint). */
  readonly auth: boolean;
  readonly handler: (ctx: PlatformRouteContext) => Promise<SimResponse>;
}

/** The answers a platform gives for conditions the shared pipeline detects. */
export interface PlatformErrors {
  unknownRoute(req: SimRequest): SimResponse;
  serverError(status: number): SimResponse;
  rateLimited(retryAfterSeconds: number, limit: number, windowSeconds: number): SimResponse;
  payloadTooLarge(): SimResponse;
  internalError(): SimResponse;
}

export type AuthOutcome =
  | { readonly ok: true; readonly consumer: string }
  | { readonly ok: false; readonly response: SimResponse };

export interface PlatformDefinition {
  readonly routes: readonly PlatformRoute[];
  readonly errors: PlatformErrors;
  authenticate(req: SimRequest): AuthOutcome;
}
