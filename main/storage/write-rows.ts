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

/**
 * The body of bulkWrite, run inside one synchronous transaction: read the stored versions of the
 * written ids, let RxDB's categorizer find conflicts (409 with the stored document), then insert
 * and update rows with all their key columns and apply attachment changes. Nothing can run
 * between the read and the writes, so of two parallel inserts of one id the first one wins.
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
  if (new Set(ids).size !== ids.length) {
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    throw new Error(
      `bulkWrite got the document ${JSON.stringify(twice)} more than once; write each document once per call.`,
    );
  }
  const stored = readStored<RxDocType>(context, ids);
  const categorized = categorizeBulkWriteRows<RxDocType>(
    instance,
    primaryPath,
    stored,
    rows,
    writeContext,
  );
  const toRow = ({ document: doc }: { document: RxDocumentData<RxDocType> }) =>
    ({
      id: idOf(doc, layout.primaryPath),
      doc,
      json: JSON.stringify(doc),
    }) as DocumentRow<RxDocType>;
  insertDocuments(connection, layout, categorized.bulkInsertDocs.map(toRow));
  updateDocuments(connection, layout, categorized.bulkUpdateDocs.map(toRow));
  writeAttachments(connection, layout, categorized, attachmentBytes);
  return categorized;
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
