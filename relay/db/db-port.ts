/**
 * The relay's only state is PostgreSQL. This port hides whether it is an embedded PGlite folder
 * or a PostgreSQL server reached with `pg`: the SQL is the same.
 */
export type SqlParam =
  string | number | boolean | null | readonly (string | number | boolean | null)[];

export interface Queryable {
  query: <T = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]) => Promise<T[]>;
  /** One or more statements without parameters (migrations). */
  exec: (sql: string) => Promise<void>;
}

export interface ListenHandlers {
  message: (payload: string) => void;
  /** The listening connection was lost and re-established: notifications may have been missed. */
  reset?: () => void;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** For logs and bench row names; never contains a password. */
  readonly description: string;
  transaction: <T>(fn: (tx: Queryable) => Promise<T>) => Promise<T>;
  listen: (channel: string, handlers: ListenHandlers) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
}

/** PostgreSQL error code of a failed statement, when there is one. */
export function sqlErrorCode(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'code' in error) {
    return typeof error.code === 'string' ? error.code : undefined;
  }
  return undefined;
}
