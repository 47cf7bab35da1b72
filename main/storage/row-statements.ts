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

/** INSERT the rows with all key columns, in statements of up to INSERT_BATCH rows. */
export function insertDocuments<RxDocType>(
  connection: SqliteConnection,
  layout: TableLayout<RxDocType>,
  rows: readonly DocumentRow<RxDocType>[],
): void {
  const columns = ['id', 'deleted', 'lwt', 'data', ...layout.keyColumns.map((k) => k.column)];
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const sql = (count: number) =>
    `INSERT INTO ${layout.table} (${columns.join(', ')}) VALUES ${Array.from({ length: count }, () => tuple).join(', ')}`;
  let start = 0;
  for (; start + INSERT_BATCH <= rows.length; start += INSERT_BATCH) {
    connection.statement(sql(INSERT_BATCH)).run(...rowParams(layout, rows, start, INSERT_BATCH));
  }
  const left = rows.length - start;
  if (left > 0) connection.statement(sql(left)).run(...rowParams(layout, rows, start, left));
}

function rowParams<RxDocType>(
  layout: TableLayout<RxDocType>,
  rows: readonly DocumentRow<RxDocType>[],
  start: number,
  count: number,
): SQLInputValue[] {
  const params: SQLInputValue[] = [];
  for (let i = start; i < start + count; i++) {
    const row = rows[i];
    if (!row) break;
    params.push(row.id, row.doc._deleted ? 1 : 0, row.doc._meta.lwt, row.json);
    for (const k of layout.keyColumns) params.push(k.makeKey(row.doc));
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
