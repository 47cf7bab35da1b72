import type { RxDocumentData } from 'rxdb';
import { insertDocuments } from './row-statements';
import { CATALOG_TABLE, type SqliteConnection } from './sqlite-connection';
import { quoteIdentifier, type TableLayout } from './table-layout';

/**
 * Creates the tables of a collection, or rebuilds them when the layout changed since they were
 * created (indexes or indexed field shapes changed without a schema version bump): the documents
 * are kept and their keys computed again.
 */
export function ensureTables<RxDocType>(
  connection: SqliteConnection,
  layout: TableLayout<RxDocType>,
  collectionName: string,
  version: number,
): void {
  connection.transaction(() => {
    const existing = connection
      .statement(`SELECT layout FROM ${CATALOG_TABLE} WHERE name = ?`)
      .get(layout.name);
    if (existing?.layout === layout.fingerprint) return;
    const documents = existing
      ? connection
          .arrays(`SELECT id, data FROM ${layout.table}`)
          .all()
          .map(([id, json]) => {
            const text = String(json);
            return {
              id: String(id),
              json: text,
              doc: JSON.parse(text) as RxDocumentData<RxDocType>,
            };
          })
      : [];
    connection.exec(`DROP TABLE IF EXISTS ${layout.table}`);
    connection.exec(createTablesSql(layout));
    insertDocuments(connection, layout, documents);
    connection
      .statement(
        `INSERT OR REPLACE INTO ${CATALOG_TABLE} (name, collection, version, layout) VALUES (?, ?, ?, ?)`,
      )
      .run(layout.name, collectionName, version, layout.fingerprint);
  });
}

export function dropTables<RxDocType>(
  connection: SqliteConnection,
  layout: TableLayout<RxDocType>,
): void {
  connection.transaction(() => {
    connection.exec(`DROP TABLE IF EXISTS ${layout.table}`);
    connection.exec(`DROP TABLE IF EXISTS ${layout.attachments}`);
    connection.statement(`DELETE FROM ${CATALOG_TABLE} WHERE name = ?`).run(layout.name);
  });
}

function createTablesSql<RxDocType>(layout: TableLayout<RxDocType>): string {
  const index = (suffix: string, columns: string, where = '') =>
    `CREATE INDEX ${quoteIdentifier(`${layout.name}:${suffix}`)} ON ${layout.table} (${columns})${where}`;
  const keyDefs = layout.keyColumns.map((k) => `, ${k.column} BLOB NOT NULL`).join('');
  const statements = [
    `CREATE TABLE ${layout.table} (id TEXT PRIMARY KEY NOT NULL, deleted INTEGER NOT NULL, ` +
      `lwt REAL NOT NULL, data TEXT NOT NULL${keyDefs})`,
    ...layout.keyColumns.map((k) => index(k.column, k.column)),
    // cleanup(): only tombstones are indexed, so writes of live documents do not pay for it.
    index('tombstones', 'lwt', ' WHERE deleted = 1'),
  ];
  if (!layout.changesKey) statements.push(index('changes', 'lwt, id'));
  if (layout.hasAttachments) {
    statements.push(
      `CREATE TABLE IF NOT EXISTS ${layout.attachments} (doc_id TEXT NOT NULL, ` +
        'att_id TEXT NOT NULL, digest TEXT NOT NULL, type TEXT NOT NULL, data BLOB NOT NULL, ' +
        'PRIMARY KEY (doc_id, att_id))',
    );
  }
  return statements.join(';\n');
}
