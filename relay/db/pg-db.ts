import pg from 'pg';
import type { Db, ListenHandlers, Queryable, SqlParam } from './db-port';

/** int8 parsed as a JS number (seqs stay far below 2^53), on our connections only. */
const types = new pg.TypeOverrides();
types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

export interface PgDbOptions {
  connectionString: string;
  poolSize?: number;
  onError?: (message: string, error: unknown) => void;
}

/** A PostgreSQL server through `pg`: a pool for statements, one dedicated connection for LISTEN. */
export async function openPgDb(options: PgDbOptions): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    types,
  });
  const onError = options.onError ?? (() => undefined);
  pool.on('error', (error) => onError('idle PostgreSQL connection failed', error));
  await pool.query('SELECT 1');
  const listener = createListener(options.connectionString, onError);
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params?: readonly SqlParam[]) {
      const result = await q.query(sql, params ? [...params] : undefined);
      return result.rows as T[];
    },
    async exec(sql: string) {
      await q.query(sql);
    },
  });
  const base = wrap(pool);
  return {
    kind: 'postgres',
    description: `PostgreSQL (${describeUrl(options.connectionString)})`,
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
          client.release();
        } catch (rollbackError) {
          client.release(rollbackError instanceof Error ? rollbackError : true);
        }
        throw error;
      }
    },
    listen: (channel, handlers) => listener.listen(channel, handlers),
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

/** Host, port and database only: never the user or password. */
export function describeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'unparsable DATABASE_URL';
  }
}

/** One LISTEN connection that reconnects with backoff and tells listeners when it did. */
function createListener(connectionString: string, onError: (m: string, e: unknown) => void) {
  const channels = new Map<string, Set<ListenHandlers>>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;
  let retryTimer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<pg.Client> => {
    const next = new pg.Client({ connectionString, types });
    next.on('notification', (msg) => {
      for (const handlers of channels.get(msg.channel) ?? []) handlers.message(msg.payload ?? '');
    });
    next.on('error', (error) => {
      onError('LISTEN connection failed; reconnecting', error);
      if (client === next) lost();
    });
    next.on('end', () => {
      if (client === next) lost();
    });
    await next.connect();
    for (const channel of channels.keys()) await next.query(`LISTEN ${quoteIdent(channel)}`);
    return next;
  };
  const ensure = async (): Promise<pg.Client> => {
    if (client) return client;
    connecting ??= connect().then(
      (c) => {
        client = c;
        connecting = null;
        return c;
      },
      (error: unknown) => {
        connecting = null;
        throw error;
      },
    );
    return connecting;
  };
  const lost = (delay = 250) => {
    client = null;
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      ensure().then(
        () => {
          for (const set of channels.values()) for (const h of set) h.reset?.();
        },
        (error: unknown) => {
          onError('LISTEN reconnect failed; retrying', error);
          lost(Math.min(delay * 2, 5000));
        },
      );
    }, delay);
  };

  return {
    async listen(channel: string, handlers: ListenHandlers) {
      let set = channels.get(channel);
      if (!set) {
        set = new Set();
        channels.set(channel, set);
        const c = await ensure();
        await c.query(`LISTEN ${quoteIdent(channel)}`);
      } else {
        await ensure();
      }
      set.add(handlers);
      return async () => {
        set.delete(handlers);
      };
    },
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const c = client;
      client = null;
      if (c) await c.end().catch(() => undefined);
    },
  };
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
