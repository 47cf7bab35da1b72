import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { errorBodySchema } from '../../shared/relay/common';
import type { DeviceIdentity } from '../tenants/device-auth';
import { errorBody, HttpError } from './http-error';
import type { Logger } from './logger';
import type { RateLimiter } from './rate-limit';
import { HIJACKED, type AnyRoute } from './route';

export interface AppDeps {
  log: Logger;
  authenticate: (authorization: string | undefined) => Promise<DeviceIdentity>;
  limiters: { device: RateLimiter; ip: RateLimiter };
  trustProxy: boolean;
  bodyLimit: number;
  version: string;
  /** While closing, answers ask keep-alive clients to hang up, so that close can finish. */
  isClosing: () => boolean;
}

/**
 * Builds the fastify app from a table of routes: zod validation and serialization, auth and rate
 * limits before validation, one error shape, an access log without query strings, OpenAPI.
 */
export async function buildApp(
  routes: readonly AnyRoute[],
  deps: AppDeps,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    trustProxy: deps.trustProxy,
    bodyLimit: deps.bodyLimit,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Couvert relay', version: deps.version },
      components: { securitySchemes: { device: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  app.setErrorHandler((error, request, reply) => sendError(error, request, reply, deps.log));
  app.setNotFoundHandler((request, reply) => {
    void reply
      .code(404)
      .send(errorBody(`No route ${request.method} ${request.url.split('?')[0] ?? ''}.`));
  });
  app.addHook('onSend', async (_request, reply) => {
    if (deps.isClosing()) void reply.header('connection', 'close');
  });
  app.addHook('onResponse', async (request, reply) => {
    const level = reply.statusCode >= 500 ? 'error' : 'info';
    if (!deps.log.enabled(level)) return;
    deps.log[level]('request', {
      reqId: request.id,
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
      tenantId: devices.get(request)?.tenantId,
      deviceId: devices.get(request)?.deviceId,
    });
  });

  const devices = new WeakMap<FastifyRequest, DeviceIdentity>();
  /** Auth, tenant scope and rate limit: before validation, so a stranger learns nothing. */
  const checkAccess = async (route: AnyRoute, request: FastifyRequest) => {
    const params = (request.params ?? {}) as Record<string, unknown>;
    let key = 'none';
    if (route.auth === 'device') {
      const device = await deps.authenticate(request.headers.authorization);
      if (typeof params.tenantId === 'string' && params.tenantId !== device.tenantId) {
        throw new HttpError(403, 'This device belongs to another tenant.');
      }
      devices.set(request, device);
      key = `device:${device.deviceId}`;
    }
    const limit = route.rateLimit ?? (route.auth === 'device' ? 'device' : 'none');
    if (limit === 'ip') key = `ip:${request.ip}`;
    if (limit !== 'none') {
      const decision = deps.limiters[limit].take(key);
      if (!decision.ok) {
        throw new HttpError(429, 'Too many requests; slow down.', undefined, {
          'retry-after': String(decision.retryAfterSeconds),
        });
      }
    }
  };
  const register = (scope: FastifyInstance, route: AnyRoute) => {
    const open = route.auth === 'none' && (route.rateLimit ?? 'none') === 'none';
    scope.route({
      method: route.method,
      url: route.path,
      ...(route.bodyLimit ? { bodyLimit: route.bodyLimit } : {}),
      schema: {
        summary: route.summary,
        tags: [...route.tags],
        ...(route.auth === 'device' ? { security: [{ device: [] }] } : {}),
        ...(route.schema.params ? { params: route.schema.params } : {}),
        ...(route.schema.query ? { querystring: route.schema.query } : {}),
        ...(route.schema.body ? { body: route.schema.body } : {}),
        response: {
          [route.successStatus ?? 200]: route.schema.response,
          '4xx': errorBodySchema,
          '5xx': errorBodySchema,
        },
      },
      ...(open ? {} : { preValidation: (request: FastifyRequest) => checkAccess(route, request) }),
      handler: async (request, reply) => {
        const result = await route.handler({
          params: request.params,
          query: request.query,
          body: request.body,
          rawBody: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          device: devices.get(request) ?? null,
          request,
          reply,
        });
        if (result === HIJACKED) return reply;
        void reply.code(route.successStatus ?? 200);
        return result;
      },
    });
  };

  for (const route of routes.filter((r) => !r.rawBody)) register(app, route);
  // Raw-body routes get their own scope whose only parser keeps the bytes as they came.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
      done(null, body);
    });
    for (const route of routes.filter((r) => r.rawBody)) register(scope, route);
  });
  return app;
}

function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply, log: Logger) {
  if (error instanceof HttpError) {
    return reply.code(error.status).headers(error.headers).send(error.body());
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'request';
    const details = error.validation.map((v) => ({
      path: `${where}${v.instancePath.replaceAll('/', '.')}`,
      message: v.message ?? 'invalid',
    }));
    const first = details[0];
    return reply
      .code(400)
      .send(
        errorBody(`Invalid ${where}${first ? `: ${first.path}: ${first.message}` : ''}.`, details),
      );
  }
  if (isResponseSerializationError(error)) {
    log.error('response did not match its schema', { route: request.routeOptions.url, error });
    return reply.code(500).send(errorBody('The relay produced an invalid answer; this is a bug.'));
  }
  const status = statusOf(error);
  if (status >= 400 && status < 500) {
    return reply.code(status).send(errorBody(describeClientError(error, status)));
  }
  log.error('unhandled error', { route: request.routeOptions.url, error });
  return reply.code(500).send(errorBody('The relay failed to handle this request; try again.'));
}

function statusOf(error: unknown): number {
  if (error && typeof error === 'object' && 'statusCode' in error) {
    if (typeof error.statusCode === 'number') return error.statusCode;
  }
  return 500;
}

function describeClientError(error: unknown, status: number): string {
  const message = error instanceof Error ? error.message : 'bad request';
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413)
    return 'The request body is too large.';
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return `Send JSON (content-type: application/json). ${message}`;
  if (error instanceof SyntaxError || code === 'FST_ERR_CTP_INVALID_JSON_BODY')
    return `The body is not valid JSON: ${message}`;
  return message;
}
