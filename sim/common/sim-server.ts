import { BodyTooLargeError } from './body';
import {
  CONTROL_PREFIX,
  ControlError,
  controlErrorResponse,
  readControlBody,
  type ControlRoute,
} from './control';
import { commonControlRoutes, type ControlHooks } from './common-control-routes';
import { startHttpServer, type RunningHttpServer } from './http-server';
import type { SimRequest, SimResponse } from './http-types';
import type { PlatformDefinition, PlatformRoute } from './platform';
import { createRouter, isMatch } from './router';
import type { SimCore } from './sim-core';

export interface SimServerOptions {
  readonly port: number;
  readonly bodyLimit: number;
  readonly core: SimCore;
  readonly platform: PlatformDefinition;
  readonly scenarioRoutes: readonly ControlRoute[];
  readonly hooks: ControlHooks;
  readonly onError: (error: unknown) => void;
}

/** Starts one simulator: the platform's API plus the scenario API under `/__sim`. */
export async function startSimServer(options: SimServerOptions): Promise<RunningHttpServer> {
  const { core, platform } = options;
  const controlRouter = createRouter<ControlRoute['handler']>(
    [...commonControlRoutes(core, options.hooks), ...options.scenarioRoutes].map((r) => ({
      method: r.method,
      pattern: `/${CONTROL_PREFIX}${r.pattern}`,
      handler: r.handler,
    })),
  );
  const platformRouter = createRouter<PlatformRoute>(
    platform.routes.map((r) => ({ method: r.method, pattern: r.pattern, handler: r })),
  );

  const handleControl = async (req: SimRequest): Promise<SimResponse> => {
    const match = controlRouter.match(req.method, req.segments);
    if (!isMatch(match)) {
      return {
        status: match.pathExists ? 405 : 404,
        body: { error: `No scenario route ${req.method} ${req.pathname}` },
      };
    }
    try {
      const body = await readControlBody(req);
      return await match.route.handler({ params: match.params, query: req.query, body });
    } catch (error) {
      if (error instanceof ControlError) return controlErrorResponse(error);
      throw error;
    }
  };

  const handlePlatform = async (
    req: SimRequest,
  ): Promise<SimResponse & { injected?: 'server-error' | 'rate-limit' }> => {
    const latency = core.faults.takeLatency();
    if (latency > 0) await core.delay(latency);
    const failure = core.faults.takeServerError();
    if (failure !== null)
      return { ...platform.errors.serverError(failure), injected: 'server-error' };
    const match = platformRouter.match(req.method, req.segments);
    if (!isMatch(match)) return platform.errors.unknownRoute(req);
    const route = match.route.handler;
    if (route.auth) {
      const auth = platform.authenticate(req);
      if (!auth.ok) return auth.response;
      const decision = core.limiter.take(auth.consumer, core.clock.now());
      if (!decision.ok) {
        const { windowSeconds } = core.limiter.current;
        return {
          ...platform.errors.rateLimited(decision.retryAfterSeconds, decision.limit, windowSeconds),
          injected: 'rate-limit',
        };
      }
    }
    try {
      return await route.handler({ req, params: match.params });
    } catch (error) {
      if (error instanceof BodyTooLargeError) return platform.errors.payloadTooLarge();
      options.onError(error);
      return platform.errors.internalError();
    }
  };

  return startHttpServer({
    port: options.port,
    bodyLimit: options.bodyLimit,
    onError: options.onError,
    handle: async (req) => {
      if (req.segments[0] === CONTROL_PREFIX) return handleControl(req);
      const started = performance.now();
      const { injected, ...response } = await handlePlatform(req);
      core.requests.add({
        at: new Date(core.clock.now()).toISOString(),
        method: req.method,
        path: req.pathname + (req.query.size > 0 ? `?${req.query.toString()}` : ''),
        status: response.status,
        durationMs: Math.round(performance.now() - started),
        ...(injected ? { injected } : {}),
      });
      return response;
    },
  });
}
