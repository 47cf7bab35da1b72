import path from 'node:path';
import { createRelayHttp } from '../main/relay-client/relay-http';
import { median, percentile } from '../main/tools/bench/measure';
import { row, type BenchRow, type BenchSuite } from '../main/tools/bench/bench-types';
import { openDb } from './db/open-db';
import { createTenantWithEndpoints } from './tenants/admin-commands';
import {
  feedLatency,
  ingestRate,
  initialPull,
  rawInsertRate,
  rawPullMs,
  seedDocs,
} from './testing/bench-phases';
import { pgServerUnavailableReason, startPgServer, type PgServer } from './testing/pg-server';
import { startRelayProcess } from './testing/relay-process';
import { enrolOverHttp } from './testing/test-relay';

const SUITE = 'relay';
const DOCS = 100_000;

/**
 * One relay process (the `npm run relay` CLI) on a PostgreSQL 15 server started for the run
 * (durable settings), or on PGlite where no server can start; the row names say which.
 */
export const relayBench: BenchSuite = {
  name: SUITE,
  description: 'webhook-to-desk latency, ingest rate vs raw inserts, initial pull of 100,000 docs',
  async run({ tmpDir, log }) {
    const pgSkip = pgServerUnavailableReason();
    const backend = pgSkip ? 'PGlite' : 'PostgreSQL 15 server';
    if (pgSkip) log(`No PostgreSQL server (${pgSkip}); measuring on PGlite.`);
    const server: PgServer | null = pgSkip ? null : await startPgServer({ durable: true });
    const dataDir = path.join(tmpDir, 'relay-data');
    const count = server ? 20_000 : 3_000;

    // Setup and references first: PGlite allows one process per folder.
    const db = await openDb({ databaseUrl: server?.url, dataDir });
    const tenant = await createTenantWithEndpoints(db, {
      name: 'Bench bistro',
      publicUrl: 'http://127.0.0.1',
      codeTtlMs: 3_600_000,
    });
    await seedDocs(db, tenant.tenantId, DOCS);
    const rawRate = await rawInsertRate(db, tenant.tenantId, count, server ? 16 : 1);
    const rawPull = await rawPullMs(db, tenant.tenantId, 1000);
    if (!server) await db.close();
    log(
      `references: ${rawRate.toFixed(0)} single-row inserts/s; SQL paging of ${DOCS} docs ${rawPull.toFixed(0)} ms`,
    );

    const relay = await startRelayProcess(
      server ? [] : ['--data', dataDir],
      server ? { DATABASE_URL: server.url } : {},
    );
    const rows: BenchRow[] = [];
    try {
      const device = await enrolOverHttp(relay.url, tenant.enrolment.code, 'Bench desk');
      const http = createRelayHttp({
        baseUrl: relay.url,
        tenantId: tenant.tenantId,
        token: device.token,
      });
      const target = {
        port: relay.port,
        tenantId: tenant.tenantId,
        secret: tenant.endpoints.find((e) => e.platform === 'zenchef')?.secret ?? '',
      };

      const { toFeed, roundTrip } = await feedLatency(target, http, 300);
      rows.push(
        row({
          suite: SUITE,
          name: `webhook sent -> applied at a connected desk, p50 (${backend})`,
          value: median(toFeed),
          unit: 'ms',
          reference: median(roundTrip),
        }),
        row({
          suite: SUITE,
          name: `webhook sent -> applied at a connected desk, p99 (${backend})`,
          value: percentile(toFeed, 99),
          unit: 'ms',
          reference: percentile(roundTrip, 99),
          target: { op: '<', value: 100, label: 'p99 < 100 ms' },
        }),
      );

      const rate = await ingestRate(target, count, 64);
      log(`relay ingest: ${rate.toFixed(0)}/s (${count} signed webhooks over 64 connections)`);
      rows.push(
        row({
          suite: SUITE,
          name: `signed webhooks ingested per second, 1 relay process (${backend})`,
          value: rate,
          unit: '/s',
          reference: rawRate,
          target: { op: '>=', value: 2000, label: '>= 2,000/s' },
        }),
        row({
          suite: SUITE,
          name: `ingest rate vs raw single-row inserts (${backend})`,
          value: rate,
          unit: '/s',
          reference: rawRate,
          target: { op: '>=', value: 0.5, label: 'ratio >= 0.5' },
          targetOn: 'ratio',
        }),
      );

      const pullMs = await initialPull(http, DOCS);
      log(`initial pull: ${DOCS} docs in ${(pullMs / 1000).toFixed(1)} s`);
      rows.push(
        row({
          suite: SUITE,
          name: `initial pull of 100,000 docs by one desk (${backend})`,
          value: pullMs / 1000,
          unit: 's',
          reference: rawPull / 1000,
          target: { op: '<', value: 20, label: '< 20 s' },
        }),
      );
    } finally {
      relay.child.kill('SIGTERM');
      await relay.exited;
      if (server) {
        await db.close();
        await server.stop();
      }
    }
    return rows;
  },
};
