import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { openDb } from '../../relay/db/open-db';
import { createLogger as createRelayLogger } from '../../relay/http/logger';
import { createRelay } from '../../relay/relay';
import { addPlatformSecret } from '../../relay/tenants/platform-secrets';
import { createEnrolmentCode, createTenant, getTenant } from '../../relay/tenants/tenant-store';
import type { Logger } from '../ports';

const EmbeddedState = z.strictObject({ version: z.literal(1), tenantId: z.string().min(1) });

export interface EmbeddedRelay {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  readonly url: string;
  readonly tenantId: string;
  /** Fresh webhook secrets of this run, given to the simulators. */
  readonly hooks: {
    readonly thefork: string;
    readonly formitable: { readonly url: string; readonly secret: string };
  };
  newEnrolmentCode(ttlMs: number): Promise<{ code: string; expiresAt: string }>;
  close(): Promise<void>;
}

/**
 * The relay of the demo, in this process on 127.0.0.1, over PGlite in `<dir>/pgdata`: one
 * restaurant (tenant) kept across runs, and new webhook secrets for the simulators at each start.
 */
export async function startEmbeddedRelay(options: {
  dir: string;
  log: Logger;
  restaurantName: string;
  port?: number;
}): Promise<EmbeddedRelay> {
  await mkdir(options.dir, { recursive: true, mode: 0o700 });
  const log = options.log.child({ component: 'embedded-relay' });
  const db = await openDb({
    dataDir: options.dir,
    onError: (message, error) => {
      log.error(message, { reason: error instanceof Error ? error.message : String(error) });
    },
  });
  try {
    const relayLog = createRelayLogger({
      level: 'warn',
      write: (line) => {
        log.warn('relay', { line });
      },
    });
    const relay = await createRelay(db, relayLog, {});
    const url = (await relay.listen(options.port ?? 0, '127.0.0.1')).replace(/\/+$/, '');
    const stateFile = path.join(options.dir, 'embedded.json');
    let tenantId = await readTenantId(stateFile);
    if (tenantId === null || (await getTenant(db, tenantId)) === null) {
      tenantId = (await createTenant(db, options.restaurantName, 60_000)).tenantId;
      await writeFile(stateFile, JSON.stringify({ version: 1, tenantId }), { mode: 0o600 });
    }
    const fork = await addPlatformSecret(db, {
      tenantId,
      platform: 'thefork',
      publicUrl: url,
      replace: true,
    });
    const form = await addPlatformSecret(db, {
      tenantId,
      platform: 'formitable',
      publicUrl: url,
      replace: true,
    });
    const hookBase = `${url}/hooks/${tenantId}`;
    const id = tenantId;
    log.info('embedded relay listening', { url, tenantId });
    return {
      url,
      tenantId: id,
      hooks: {
        thefork: `${hookBase}/thefork?token=${encodeURIComponent(fork.secret)}`,
        formitable: { url: `${hookBase}/formitable`, secret: form.secret },
      },
      newEnrolmentCode: async (ttlMs) => {
        const code = await createEnrolmentCode(db, id, ttlMs);
        if (code === null) throw new Error('the demo restaurant is missing from the relay');
        return code;
      },
      close: async () => {
        await relay.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function readTenantId(file: string): Promise<string | null> {
  try {
    const parsed = EmbeddedState.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data.tenantId : null;
  } catch {
    return null;
  }
}
