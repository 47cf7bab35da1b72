import { afterAll, beforeAll } from 'vitest';
import type { RelayOptionsInput } from '../config';
import type { Db } from '../db/db-port';
import { migrate } from '../db/migrate';
import { openPgDb } from '../db/pg-db';
import { openPgliteDb } from '../db/pglite-db';
import { silentLogger, type Logger } from '../http/logger';
import { createRelay, type Relay } from '../relay';
import { createTenantWithEndpoints } from '../tenants/admin-commands';
import { pgServerUnavailableReason, startPgServer, type PgServer } from './pg-server';

export interface TestRelay {
  relay: Relay;
  /** Base URL without the trailing slash. */
  url: string;
  close(): Promise<void>;
}

export async function startTestRelay(
  db: Db,
  options: RelayOptionsInput = {},
  log: Logger = silentLogger,
): Promise<TestRelay> {
  const relay = await createRelay(db, log, {
    purgeOnStart: false,
    enrolRate: { capacity: 1000, refillPerSecond: 100 },
    ...options,
  });
  const url = (await relay.listen(0, '127.0.0.1')).replace(/\/$/, '');
  return { relay, url, close: () => relay.close() };
}

export type DbKind = 'pglite' | 'postgres';

/** The kinds of database the relay suites run on; PostgreSQL only where a server can start. */
export function dbKinds(): { kind: DbKind; skip: string | null }[] {
  return [
    { kind: 'pglite', skip: null },
    { kind: 'postgres', skip: pgServerUnavailableReason() },
  ];
}

/**
 * Opens (in beforeAll) a migrated database of the given kind and closes it (in afterAll).
 * PGlite runs in memory; PostgreSQL is a private cluster started for this file.
 */
export function useTestDb(kind: DbKind): { db: () => Db; server: () => PgServer | null } {
  let db: Db | null = null;
  let server: PgServer | null = null;
  beforeAll(async () => {
    if (kind === 'postgres') {
      server = await startPgServer();
      db = await openPgDb({ connectionString: server.url });
    } else {
      db = await openPgliteDb();
    }
    await migrate(db);
  });
  afterAll(async () => {
    await db?.close();
    await server?.stop();
  });
  return {
    db: () => {
      if (!db) throw new Error('database not open yet');
      return db;
    },
    server: () => server,
  };
}

/** A tenant with secrets for every platform, and one enrolled device. */
export async function tenantWithDevice(db: Db, url: string, name = 'Test bistro') {
  const tenant = await createTenantWithEndpoints(db, {
    name,
    publicUrl: url,
    codeTtlMs: 60_000,
  });
  const device = await enrolOverHttp(url, tenant.enrolment.code, `${name} desk`);
  const secretOf = (platform: string) => {
    const endpoint = tenant.endpoints.find((e) => e.platform === platform);
    if (!endpoint) throw new Error(`no endpoint ${platform}`);
    return endpoint;
  };
  return { ...tenant, device, secretOf };
}

export async function enrolOverHttp(url: string, code: string, deviceName: string) {
  const res = await fetch(`${url}/v1/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName }),
  });
  if (res.status !== 201) throw new Error(`enrol failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { tenantId: string; deviceId: string; token: string };
}

/** fetch with a device token, returning status and parsed JSON body. */
export async function call(
  url: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body: string | undefined;
  if (init.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  }
  const res = await fetch(`${url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: parseOrText(text), headers: res.headers };
}

function parseOrText(text: string): Record<string, unknown> {
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    return { text };
  }
}
