import { PGlite, types } from '@electric-sql/pglite';
import type { Db, ListenHandlers, Queryable, SqlParam } from './db-port';

const parsers = { [types.INT8]: (value: string) => Number(value) };

/**
 * Embedded PostgreSQL (PGlite, WASM) in a data folder, or in memory when `dataDir` is omitted.
 * One connection: statements serialize, which also makes commit order trivially equal seq order.
 */
export async function openPgliteDb(dataDir?: string): Promise<Db> {
  const pg = await PGlite.create({ ...(dataDir ? { dataDir } : {}), parsers });
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params?: readonly SqlParam[]) {
      const result = await q.query<T>(sql, params ? [...params] : undefined);
      return result.rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    description: dataDir ? `PGlite (${dataDir})` : 'PGlite (in memory)',
    query: base.query,
    exec: base.exec,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async listen(channel: string, handlers: ListenHandlers) {
      const unlisten = await pg.listen(channel, handlers.message);
      return async () => {
        if (!pg.closed) await unlisten();
      };
    },
    async close() {
      if (!pg.closed) await pg.close();
    },
  };
}
