/**
 * `npm run relay -- --port <n> --data <dir> [--host h] [--public-url u] [--retention-days d]`
 * Embedded PGlite in <dir> by default; DATABASE_URL selects a PostgreSQL server.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_PORT } from '../config';
import { openDb } from '../db/open-db';
import { createLogger, type LogLevel } from '../http/logger';
import { createRelay } from '../relay';
import { parseNumber, stateLocation } from './cli-env';

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'public-url': { type: 'string' },
      'retention-days': { type: 'string' },
      'log-level': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(
      'Usage: npm run relay -- [--port 8787] [--host 127.0.0.1] [--data relay-data] [--retention-days 14]\n' +
        '       [--log-level info] [--trust-proxy]   (DATABASE_URL=postgres://... for a PostgreSQL server)',
    );
    return;
  }
  const port = parseNumber('port', values.port ?? process.env.PORT, DEFAULT_PORT, 0, 65535);
  const host = values.host ?? process.env.RELAY_HOST ?? '127.0.0.1';
  const level = (values['log-level'] ?? process.env.RELAY_LOG_LEVEL ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(level))
    throw new Error(`--log-level must be one of ${LOG_LEVELS.join(', ')}.`);
  const retentionDays = parseNumber(
    'retention-days',
    values['retention-days'] ?? process.env.RELAY_RETENTION_DAYS,
    14,
    0.001,
    3650,
  );
  const log = createLogger({ level, fields: { service: 'couvert-relay', pid: process.pid } });
  const location = stateLocation(values);
  const db = await openDb({
    ...location,
    onError: (message, error) => log.error(message, { error }),
  });
  log.info('database ready', { database: db.description });
  const relay = await createRelay(db, log, {
    retentionDays,
    trustProxy: values['trust-proxy'] ?? false,
  });
  const url = await relay.listen(port, host);
  console.log(`Couvert relay listening on ${url}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    relay
      .close()
      .then(() => db.close())
      .then(() => {
        log.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        log.error('shutdown failed', { error });
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(
    `Couvert relay could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
