/**
 * `npm run relay:admin -- <command> ...` on the same state as the relay (--data or DATABASE_URL).
 *   create-tenant "<name>" [--public-url u] [--code-ttl-hours 24]
 *   enrolment-code <tenantId> [--code-ttl-hours 24]
 *   set-secret <tenantId> <platform> [--scheme s] [--secret v] [--replace] [--public-url u]
 *   list-tenants | list-devices <tenantId> | revoke-device <deviceId> | purge [--retention-days 14]
 * Add --json for machine-readable output. With PGlite, stop the relay first (one process per folder).
 */
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { deviceIdSchema, platformSchema, tenantIdSchema } from '../../shared/relay/common';
import type { Db } from '../db/db-port';
import { openDb } from '../db/open-db';
import { SCHEMES, type Scheme } from '../ingress/platforms';
import * as admin from '../tenants/admin-commands';
import { printResult } from './admin-output';
import { parseNumber, publicUrl, stateLocation } from './cli-env';

const COMMANDS =
  'create-tenant, enrolment-code, set-secret, list-tenants, list-devices, revoke-device, purge';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  strict: true,
  options: {
    data: { type: 'string' },
    'public-url': { type: 'string' },
    'code-ttl-hours': { type: 'string' },
    'retention-days': { type: 'string' },
    scheme: { type: 'string' },
    secret: { type: 'string' },
    replace: { type: 'boolean' },
    json: { type: 'boolean' },
  },
});

const [command, ...args] = positionals;
const need = (index: number, what: string) => {
  const value = args[index];
  if (!value) throw new Error(`${command ?? ''}: missing ${what}.`);
  return value;
};
const checked = (schema: z.ZodString, index: number, what: string): string => {
  const value = need(index, `the ${what}`);
  if (!schema.safeParse(value).success) throw new Error(`"${value}" is not a valid ${what}.`);
  return value;
};

/** Validates the arguments first, so that mistakes are reported without opening the database. */
function plan(): (db: Db) => Promise<unknown> {
  const codeTtlMs =
    parseNumber('code-ttl-hours', values['code-ttl-hours'], 24, 0.01, 24 * 30) * 3_600_000;
  switch (command) {
    case 'create-tenant': {
      const name = need(0, 'the tenant name').trim();
      if (name.length === 0 || name.length > 120)
        throw new Error('A tenant name is 1 to 120 characters.');
      const url = publicUrl(values);
      return (db) => admin.createTenantWithEndpoints(db, { name, publicUrl: url, codeTtlMs });
    }
    case 'enrolment-code': {
      const tenantId = checked(tenantIdSchema, 0, 'tenant id');
      return async (db) => ({
        tenantId,
        ...(await admin.newEnrolmentCode(db, tenantId, codeTtlMs)),
      });
    }
    case 'set-secret': {
      const tenantId = checked(tenantIdSchema, 0, 'tenant id');
      const platform = checked(platformSchema, 1, 'platform name');
      const scheme = values.scheme;
      if (scheme !== undefined && !SCHEMES.includes(scheme as Scheme))
        throw new Error(`--scheme must be one of ${SCHEMES.join(', ')}.`);
      const url = publicUrl(values);
      return async (db) => ({
        tenantId,
        platform,
        ...(await admin.setSecret(db, {
          tenantId,
          platform,
          ...(scheme ? { scheme: scheme as Scheme } : {}),
          ...(values.secret ? { secret: values.secret } : {}),
          publicUrl: url,
          replace: values.replace ?? false,
        })),
      });
    }
    case 'list-tenants':
      return async (db) => ({ tenants: await admin.listTenants(db) });
    case 'list-devices': {
      const tenantId = checked(tenantIdSchema, 0, 'tenant id');
      return async (db) => ({ tenantId, devices: await admin.listDevices(db, tenantId) });
    }
    case 'revoke-device': {
      const deviceId = checked(deviceIdSchema, 0, 'device id');
      return (db) => admin.revoke(db, deviceId);
    }
    case 'purge': {
      const days = parseNumber(
        'retention-days',
        values['retention-days'] ?? process.env.RELAY_RETENTION_DAYS,
        14,
        0.001,
        3650,
      );
      return (db) => admin.purgeExpired(db, days);
    }
    case undefined:
      throw new Error(`Give a command: ${COMMANDS}.`);
    default:
      throw new Error(`Unknown command "${command}". Commands: ${COMMANDS}.`);
  }
}

async function main() {
  const run = plan();
  const db = await openDb(stateLocation(values));
  try {
    printResult(command ?? '', await run(db), values.json);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`relay:admin: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
