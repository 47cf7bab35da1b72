import type { Db } from './db-port';
import { tablesMigration } from './migration-001-tables';
import { functionsMigration } from './migration-002-functions';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** Append only: a released migration is never edited, a change is a new entry. */
export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: 'tables', sql: tablesMigration },
  { id: 2, name: 'functions', sql: functionsMigration },
];

/**
 * Applies the missing migrations in one transaction, under an advisory lock so that relay
 * processes starting together on one server do not race. Returns the ids it applied.
 */
export async function migrate(db: Db, migrations = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('couvert-relay-migrations'))`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS relay_migrations (
      id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set(
      (await tx.query<{ id: number }>('SELECT id FROM relay_migrations')).map((r) => r.id),
    );
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.id - b.id)) {
      if (done.has(m.id)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO relay_migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
      applied.push(m.id);
    }
    return applied;
  });
}
