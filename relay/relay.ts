import type { FastifyInstance } from 'fastify';
import { relayOptionsSchema, RELAY_VERSION, type RelayOptionsInput } from './config';
import type { Db } from './db/db-port';
import { createChangeHub, type ChangeHub } from './feed/change-hub';
import { feedRoutes } from './feed/feed-routes';
import { purgeExpired } from './feed/feed-store';
import { streamRoute } from './feed/stream-route';
import { buildApp } from './http/build-app';
import type { Logger } from './http/logger';
import { createMetrics, type Metrics } from './http/metrics';
import { createRateLimiter } from './http/rate-limit';
import { serviceRoutes } from './http/service-routes';
import { hookRoute } from './ingress/hook-route';
import { createIngestWriter, type IngestWriter } from './ingress/ingest-writer';
import { createSecretCache } from './ingress/secret-cache';
import { leaseRoutes } from './lease/lease-routes';
import { replicationRoutes } from './replication/replication-routes';
import { authenticateDevice } from './tenants/device-auth';
import { deviceRoutes } from './tenants/device-routes';

export interface Relay {
  app: FastifyInstance;
  metrics: Metrics;
  hub: ChangeHub;
  writer: IngestWriter;
  /** Starts listening; resolves with the base URL, e.g. http://127.0.0.1:8787/ */
  listen(port: number, host: string): Promise<string>;
  purgeNow(): Promise<{ events: number }>;
  /** Graceful: refuse new work, close streams, finish requests, commit queued events. */
  close(): Promise<void>;
}

/** Composition root of one relay process over an already migrated database it does not own. */
export async function createRelay(
  db: Db,
  log: Logger,
  input: RelayOptionsInput = {},
): Promise<Relay> {
  const options = relayOptionsSchema.parse(input);
  const metrics = createMetrics();
  const hub = createChangeHub(db, log);
  await hub.start();
  const secrets = createSecretCache(db);
  // Device tokens are checked against the database on every request, so that a revocation
  // holds at once on every process; only webhook secrets (hot path) are cached.
  hub.onConfig((message) => {
    if (message.kind === 'reset') secrets.invalidate();
    else if (message.kind === 'secrets') secrets.invalidate(message.tenantId);
  });
  const writer = createIngestWriter(db, {
    onBatch: (rows, ms) => {
      metrics.inc('relay_ingest_batches_total');
      metrics.inc('relay_ingest_rows_total', undefined, rows);
      metrics.inc('relay_ingest_batch_ms_total', undefined, Math.round(ms));
    },
  });
  const stream = streamRoute(hub, { heartbeatMs: options.heartbeatMs });
  let closing = false;
  let app: FastifyInstance | null = null;

  const routes = [
    ...serviceRoutes({
      db,
      metrics,
      isClosing: () => closing,
      app: () => {
        if (!app) throw new Error('The app is not built yet.');
        return app;
      },
    }),
    hookRoute({
      db,
      secrets,
      writer,
      metrics,
      log,
      maxEventBytes: options.maxEventBytes,
      hardBodyLimit: options.hardBodyLimit,
      nowSeconds: () => Math.floor(Date.now() / 1000),
    }),
    ...deviceRoutes(db),
    ...feedRoutes(db),
    stream.route,
    ...replicationRoutes(db, { pushBodyLimit: options.pushBodyLimit }),
    ...leaseRoutes(db),
  ];
  app = await buildApp(routes, {
    log,
    authenticate: (authorization) => authenticateDevice(db, authorization),
    limiters: {
      device: createRateLimiter(options.deviceRate),
      ip: createRateLimiter(options.enrolRate),
    },
    trustProxy: options.trustProxy,
    bodyLimit: options.hardBodyLimit,
    version: RELAY_VERSION,
    isClosing: () => closing,
  });
  const built = app;

  const purgeNow = async () => {
    const result = await purgeExpired(db, options.retentionDays);
    if (result.events > 0) log.info('retention purged events', result);
    return result;
  };
  const runPurge = () => {
    purgeNow().catch((error: unknown) => log.error('retention failed', { error }));
  };
  const purgeTimer = setInterval(runPurge, options.purgeEveryMs);
  purgeTimer.unref();
  const firstPurge = options.purgeOnStart ? setTimeout(runPurge, 1000) : null;
  firstPurge?.unref();

  return {
    app: built,
    metrics,
    hub,
    writer,
    purgeNow,
    async listen(port, host) {
      await built.listen({ port, host });
      const address = built.server.address();
      const actual = address && typeof address === 'object' ? address.port : port;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      return `http://${shownHost}:${actual}/`;
    },
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(purgeTimer);
      if (firstPurge) clearTimeout(firstPurge);
      stream.registry.closeAll();
      await built.close();
      await writer.drain();
      await hub.stop();
    },
  };
}
