import type { BulkWriteRow, CategorizeBulkWriteRowsOutput } from 'rxdb';
import type { SqliteConnection } from './sqlite-connection';
import type { TableLayout } from './table-layout';

/** Attachment payloads of a write, read before the (synchronous) transaction starts. */
export type AttachmentBytes = Map<Blob, Uint8Array>;

export async function readAttachmentBytes<RxDocType>(
  rows: readonly BulkWriteRow<RxDocType>[],
): Promise<AttachmentBytes> {
  const bytes: AttachmentBytes = new Map();
  const reads: Promise<void>[] = [];
  for (const row of rows) {
    const attachments = row.document._attachments as Record<string, { data?: unknown }> | undefined;
    for (const attachment of Object.values(attachments ?? {})) {
      const data = attachment.data;
      if (data instanceof Blob && !bytes.has(data)) {
        bytes.set(data, new Uint8Array());
        reads.push(
          data.arrayBuffer().then((buffer) => {
            bytes.set(data, new Uint8Array(buffer));
          }),
        );
      }
    }
  }
  await Promise.all(reads);
  return bytes;
}

/** Applies the attachment changes RxDB's categorizer found, inside the write transaction. */
export function writeAttachments<RxDocType>(
  connection: SqliteConnection,
  layout: TableLayout<RxDocType>,
  categorized: CategorizeBulkWriteRowsOutput<RxDocType>,
  bytes: AttachmentBytes,
): void {
  if (!layout.hasAttachments) return;
  const put = connection.statement(
    `INSERT OR REPLACE INTO ${layout.attachments} (doc_id, att_id, digest, type, data) VALUES (?, ?, ?, ?, ?)`,
  );
  for (const change of [...categorized.attachmentsAdd, ...categorized.attachmentsUpdate]) {
    const data = bytes.get(change.attachmentData.data);
    if (!data) {
      throw new Error(
        `The data of attachment ${change.attachmentId} of document ${change.documentId} was not read before the write.`,
      );
    }
    put.run(
      change.documentId,
      change.attachmentId,
      change.digest,
      change.attachmentData.type,
      data,
    );
  }
  const remove = connection.statement(
    `DELETE FROM ${layout.attachments} WHERE doc_id = ? AND att_id = ?`,
  );
  for (const change of categorized.attachmentsRemove) {
    remove.run(change.documentId, change.attachmentId);
  }
}

export function readAttachment<RxDocType>(
  connection: SqliteConnection,
  layout: TableLayout<RxDocType>,
  documentId: string,
  attachmentId: string,
  digest: string,
): Blob {
  if (!layout.hasAttachments) {
    throw new Error(
      `The schema of this collection has no attachments (asked for ${attachmentId}).`,
    );
  }
  const row = connection.guard(() =>
    connection
      .statement(
        `SELECT digest, type, data FROM ${layout.attachments} WHERE doc_id = ? AND att_id = ?`,
      )
      .get(documentId, attachmentId),
  );
  if (!row || row.digest !== digest || !(row.data instanceof Uint8Array)) {
    throw new Error(
      `Attachment ${attachmentId} of document ${documentId} with digest ${digest} does not exist.`,
    );
  }
  return new Blob([row.data], { type: typeof row.type === 'string' ? row.type : '' });
}

/** Removes the attachments of purged documents, inside the cleanup transaction. */
export function deleteAttachmentsOf<RxDocType>(
  connection: SqliteConnection,
  layout: TableLayout<RxDocType>,
  idsJson: string,
): void {
  if (!layout.hasAttachments) return;
  connection
    .statement(`DELETE FROM ${layout.attachments} WHERE doc_id IN (SELECT value FROM json_each(?))`)
    .run(idsJson);
}
