import type { SQLInputValue } from 'node:sqlite';
import type { RxDocumentData } from 'rxdb';
import type { SqliteConnection } from './sqlite-connection';
import type { TableLayout } from './table-layout';

/** A document ready to be stored: its id and its JSON text. */
export interface DocumentRow<RxDocType> {
  id: string;
  doc: RxDocumentData<RxDocType>;
  json: string;
}

/** Rows per multi-row INSERT: fewer calls into SQLite, well under its 32766 parameters. */
const INSERT_BATCH = 64;

/**
 * What an INSERT does with a row whose id is already stored: `FAIL` throws (the caller's
 * transaction then rolls back), `IGNORE` skips the row (the caller compares the count).
 * Never SQLite's default `ABORT`: a multi-row statement that may abort halfway makes SQLite copy
 * every page it touches into a statement journal (a temporary file past 64 KiB) so that it can
 * undo just that statement, which cost a bulk insert about a fifth of its time. No write needs
 * that: a failed write rolls back its whole transaction.
 */
export type OnConflict = 'FAIL' | 'IGNORE';

/**
 * INSERT the rows with all key columns, in statements of up to INSERT_BATCH rows. Returns the
 * number of rows inserted (fewer than given only with `IGNORE`).
 */
export function insertDocuments<RxDocType>(
  connection: SqliteConnection,
  layout: TableLayout<RxDocType>,
  rows: readonly DocumentRow<RxDocType>[],
  onConflict: OnConflict = 'FAIL',
): number {
  const columns = ['id', 'deleted', 'lwt', 'data', ...layout.keyColumns.map((k) => k.column)];
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const statement = (count: number) =>
    connection.statement(
      `INSERT OR ${onConflict} INTO ${layout.table} (${columns.join(', ')}) VALUES ` +
        Array.from({ length: count }, () => tuple).join(', '),
    );
  let inserted = 0;
  let start = 0;
  if (rows.length >= INSERT_BATCH) {
    const full = statement(INSERT_BATCH);
    for (; start + INSERT_BATCH <= rows.length; start += INSERT_BATCH) {
      inserted += Number(full.run(...rowParams(layout, rows, start, INSERT_BATCH)).changes);
    }
  }
  const left = rows.length - start;
  if (left > 0) {
    inserted += Number(statement(left).run(...rowParams(layout, rows, start, left)).changes);
  }
  return inserted;
}

function rowParams<RxDocType>(
  layout: TableLayout<RxDocType>,
  rows: readonly DocumentRow<RxDocType>[],
  start: number,
  count: number,
): SQLInputValue[] {
  const keyColumns = layout.keyColumns;
  const params = new Array<SQLInputValue>(count * (4 + keyColumns.length));
  let at = 0;
  for (let i = start; i < start + count; i++) {
    const row = rows[i];
    if (!row) throw new Error(`Row ${i} of ${rows.length} is missing.`);
    const doc = row.doc;
    params[at++] = row.id;
    params[at++] = doc._deleted ? 1 : 0;
    params[at++] = doc._meta.lwt;
    params[at++] = row.json;
    for (const k of keyColumns) params[at++] = k.makeKey(doc);
  }
  return params;
}

/** UPDATE each row's data and key columns by id. */
export function updateDocuments<RxDocType>(
  connection: SqliteConnection,
  layout: TableLayout<RxDocType>,
  rows: readonly DocumentRow<RxDocType>[],
): void {
  const sets = ['deleted', 'lwt', 'data', ...layout.keyColumns.map((k) => k.column)];
  const update = connection.statement(
    `UPDATE ${layout.table} SET ${sets.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
  );
  for (const { id, doc, json } of rows) {
    const params: SQLInputValue[] = [doc._deleted ? 1 : 0, doc._meta.lwt, json];
    for (const k of layout.keyColumns) params.push(k.makeKey(doc));
    params.push(id);
    update.run(...params);
  }
}
