import {
  categorizeBulkWriteRows,
  type BulkWriteRow,
  type CategorizeBulkWriteRowsOutput,
  type RxDocumentData,
  type RxStorageInstance,
  type StringKeys,
} from 'rxdb';
import { writeAttachments, type AttachmentBytes } from './attachment-rows';
import { parseDocument, type QueryContext } from './query-runner';
import { insertDocuments, updateDocuments, type DocumentRow } from './row-statements';
import type { TableLayout } from './table-layout';

/**
 * The body of bulkWrite, run inside one synchronous transaction: read the stored versions of the
 * written ids, let RxDB's categorizer find conflicts (409 with the stored document), then insert
 * and update rows with all their key columns and apply attachment changes. Nothing can run
 * between the read and the writes, so of two parallel inserts of one id the first one wins.
 * Plain inserts try insertAllNew first, which skips the read.
 */
export function writeRows<RxDocType>(
  context: QueryContext<RxDocType>,
  instance: RxStorageInstance<RxDocType, unknown, unknown>,
  rows: BulkWriteRow<RxDocType>[],
  writeContext: string,
  attachmentBytes: AttachmentBytes,
): CategorizeBulkWriteRowsOutput<RxDocType> {
  const { connection, layout } = context;
  const primaryPath = layout.primaryPath as StringKeys<RxDocType>;
  const ids = rows.map((row) => idOf(row.document, layout.primaryPath));
  const categorize = (stored: Map<string, RxDocumentData<RxDocType>>) =>
    categorizeBulkWriteRows<RxDocType>(instance, primaryPath, stored, rows, writeContext);
  if (rows.every((row) => !row.previous)) {
    const inserted = insertAllNew(context, categorize(new Map()), attachmentBytes);
    if (inserted) return inserted;
  }
  if (new Set(ids).size !== ids.length) {
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    throw new Error(
      `bulkWrite got the document ${JSON.stringify(twice)} more than once; write each document once per call.`,
    );
  }
  const categorized = categorize(readStored<RxDocType>(context, ids));
  insertDocuments(connection, layout, categorized.bulkInsertDocs.map(toRow(layout)));
  updateDocuments(connection, layout, categorized.bulkUpdateDocs.map(toRow(layout)));
  writeAttachments(connection, layout, categorized, attachmentBytes);
  return categorized;
}

/**
 * The fast path of a write of new documents (no row has a `previous`, as in every insert): given
 * the categorization as if none of the ids were stored, insert with OR IGNORE and count. If every
 * row went in, none was stored (the id is the primary key), so the read was not needed and the
 * categorization is exactly the one the general path would make. Otherwise some id was stored
 * already (or came twice): the rows of this write are deleted again, and null sends the caller to
 * the general path, which reports the 409s. All rows inserted by this transaction have a rowid
 * above the largest one before it (SQLite takes max + 1), so `rowid > before` finds exactly them.
 */
function insertAllNew<RxDocType>(
  context: QueryContext<RxDocType>,
  categorized: CategorizeBulkWriteRowsOutput<RxDocType>,
  attachmentBytes: AttachmentBytes,
): CategorizeBulkWriteRowsOutput<RxDocType> | null {
  const { connection, layout } = context;
  // A rejected row (attachment without data) could have been a 409 instead: general path.
  if (categorized.errors.length > 0) return null;
  const before = connection
    .arrays(`SELECT coalesce(max(rowid), 0) FROM ${layout.table}`)
    .all()[0]?.[0];
  // max + 1 is only certain below SQLite's largest rowid; 2^52 is far beyond any real table.
  if (typeof before !== 'number' || before > 2 ** 52) return null;
  const docs = categorized.bulkInsertDocs;
  if (insertDocuments(connection, layout, docs.map(toRow(layout)), 'IGNORE') < docs.length) {
    connection.statement(`DELETE FROM ${layout.table} WHERE rowid > ?`).run(before);
    return null;
  }
  writeAttachments(connection, layout, categorized, attachmentBytes);
  return categorized;
}

/** A row to store; its id was checked by idOf at the start of the write. */
function toRow<RxDocType>(layout: TableLayout<RxDocType>) {
  return ({ document: doc }: { document: RxDocumentData<RxDocType> }): DocumentRow<RxDocType> => ({
    id: (doc as Record<string, unknown>)[layout.primaryPath] as string,
    doc,
    json: JSON.stringify(doc),
  });
}

/** The stored documents with the given ids (deleted ones included), by id. */
export function readStored<RxDocType>(
  context: QueryContext<RxDocType>,
  ids: string[],
): Map<string, RxDocumentData<RxDocType>> {
  const { connection, layout } = context;
  const stored = new Map<string, RxDocumentData<RxDocType>>();
  if (ids.length === 0) return stored;
  const rows =
    ids.length === 1
      ? connection.arrays(`SELECT id, data FROM ${layout.table} WHERE id = ?`).all(ids[0] ?? '')
      : connection
          .arrays(
            `SELECT id, data FROM ${layout.table} WHERE id IN (SELECT value FROM json_each(?))`,
          )
          .all(JSON.stringify(ids));
  for (const [id, data] of rows) stored.set(String(id), parseDocument<RxDocType>(data));
  return stored;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function idOf<RxDocType>(doc: RxDocumentData<RxDocType>, primaryPath: string): string {
  const id = (doc as Record<string, unknown>)[primaryPath];
  if (typeof id !== 'string') {
    throw new Error(`A written document has no string primary key "${primaryPath}".`);
  }
  // SQLite stores TEXT as UTF-8, which cannot hold half of a surrogate pair: two such ids
  // would collapse into one.
  if (LONE_SURROGATE.test(id)) {
    throw new Error(
      `The primary key ${JSON.stringify(id)} contains an unpaired UTF-16 surrogate; use valid Unicode text.`,
    );
  }
  return id;
}
